resource "aws_lambda_function" "plain" {
  function_name = "plain"
  role          = "arn:aws:iam::123456789012:role/plain"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "plain.zip"
}

resource "aws_lambda_function" "empty" {
  function_name = "empty"
  role          = "arn:aws:iam::123456789012:role/empty"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "empty.zip"

  environment {
    variables = {}
  }
}
