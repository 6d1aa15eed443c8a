variable "condition_key" {
  type = string
}

resource "aws_sqs_queue_policy" "q" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/123456789012/q"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:eu-west-1:123456789012:q"
      Condition = { ArnEquals = { (var.condition_key) = "arn:aws:sns:eu-west-1:123456789012:alerts" } }
    }]
  })
}
