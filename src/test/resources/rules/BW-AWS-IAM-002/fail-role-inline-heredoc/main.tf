resource "aws_iam_role" "lambda" {
  name = "lambda"
  assume_role_policy = <<-JSON
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}}]}
  JSON

  inline_policy {
    name   = "dynamo"
    policy = <<-JSON
      {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"}}
    JSON
  }
}
