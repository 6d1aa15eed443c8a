# Inside a condition an ARN pattern may hold wildcards: with the account given only at apply
# time ("*" would limit nothing), whether the condition limits the caller is not known.
variable "account_id" {
  type = string
}

resource "aws_sqs_queue_policy" "events" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/123456789012/events"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:eu-west-1:123456789012:events"
      Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:sns:eu-west-1:${var.account_id}:topic" } }
    }]
  })
}
