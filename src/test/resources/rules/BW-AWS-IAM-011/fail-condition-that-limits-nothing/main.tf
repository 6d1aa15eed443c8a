# Both conditions name a key that could limit the caller, but neither does: an ARN pattern with
# wildcards for the account matches every account's topics, and ForAllValues: is true when the
# request has no such key at all.
resource "aws_sqs_queue_policy" "events" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/123456789012/events"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "FromAnyTopic"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "sqs:SendMessage"
        Resource  = "arn:aws:sqs:eu-west-1:123456789012:events"
        Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:sns:*:*:*" } }
      }
    ]
  })
}

resource "aws_sns_topic_policy" "alerts" {
  arn = "arn:aws:sns:eu-west-1:123456789012:alerts"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "sns:Publish"
        Resource  = "arn:aws:sns:eu-west-1:123456789012:alerts"
        Condition = { "ForAllValues:StringEquals" = { "aws:PrincipalOrgID" = ["o-abc123"] } }
      }
    ]
  })
}
