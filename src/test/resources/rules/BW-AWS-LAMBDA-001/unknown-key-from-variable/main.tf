variable "kms_key_arn" {
  type = string
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "orders.zip"
  kms_key_arn   = var.kms_key_arn

  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}
