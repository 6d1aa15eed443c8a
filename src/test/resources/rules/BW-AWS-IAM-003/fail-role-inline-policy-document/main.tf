data "aws_iam_policy_document" "broad" {
  statement {
    not_actions = ["iam:*"]
    resources   = ["*"]
  }
}

resource "aws_iam_role" "analyst" {
  name = "analyst"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "sagemaker.amazonaws.com" } }]
  })
  inline_policy {
    name   = "broad"
    policy = data.aws_iam_policy_document.broad.json
  }
}
