data "aws_kms_alias" "lambda" {
  name = "alias/aws/lambda"
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "orders.zip"
  kms_key_arn   = data.aws_kms_alias.lambda.target_key_arn

  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}
