variable "functions" {
  type = map(object({
    handler   = string
    memory    = optional(number, 128)
    variables = optional(map(string), {})
  }))
  default = {
    orders  = { handler = "orders.handler", variables = { TABLE_NAME = "orders" } }
    billing = { handler = "billing.handler", memory = 256, variables = { QUEUE_URL = "https://sqs.example" } }
  }
}

resource "aws_kms_key" "env" {
  description         = "lambda environment variables"
  enable_key_rotation = true
}

resource "aws_lambda_function" "this" {
  for_each      = var.functions
  function_name = each.key
  role          = "arn:aws:iam::123456789012:role/${each.key}"
  runtime       = "python3.12"
  handler       = each.value.handler
  memory_size   = each.value.memory
  filename      = "${each.key}.zip"
  kms_key_arn   = aws_kms_key.env.arn

  environment {
    variables = each.value.variables
  }
}
