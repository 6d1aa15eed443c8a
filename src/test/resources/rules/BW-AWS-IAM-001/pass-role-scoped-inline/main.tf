data "aws_iam_policy_document" "read_queue" {
  statement {
    actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
    resources = ["arn:aws:sqs:eu-west-1:123456789012:jobs"]
  }
}

resource "aws_iam_role" "worker" {
  name = "worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })

  inline_policy {
    name   = "read-queue"
    policy = data.aws_iam_policy_document.read_queue.json
  }
}
