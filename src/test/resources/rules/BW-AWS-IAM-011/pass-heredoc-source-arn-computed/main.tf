# Only the topic may send: the condition's value is the topic's ARN, assigned at apply and never "*".
resource "aws_sns_topic" "events" {
  name = "events"
}

resource "aws_sqs_queue" "events" {
  name = "events"
}

resource "aws_sqs_queue_policy" "events" {
  queue_url = aws_sqs_queue.events.id
  policy    = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": { "Service": "sns.amazonaws.com" },
        "Action": "sqs:SendMessage",
        "Resource": "${aws_sqs_queue.events.arn}"
      }, {
        "Effect": "Allow",
        "Principal": "*",
        "Action": "sqs:SendMessage",
        "Resource": "${aws_sqs_queue.events.arn}",
        "Condition": { "ArnEquals": { "aws:SourceArn": "${aws_sns_topic.events.arn}" } }
      }]
    }
  EOT
}
