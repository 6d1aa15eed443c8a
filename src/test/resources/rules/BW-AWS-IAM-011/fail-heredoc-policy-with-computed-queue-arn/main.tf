# The policy is written as heredoc JSON around the queue's ARN, known only after apply:
# every other part is known, and Principal "*" with no condition is public whatever the ARN is.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": "*",
      "Action": "sqs:*",
      "Resource": "${aws_sqs_queue.jobs.arn}"
    }
  ]
}
EOT
}
