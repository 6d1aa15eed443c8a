variable "authorization_type" {
  type = string
}

resource "aws_lambda_function_url" "this" {
  function_name      = "service"
  authorization_type = var.authorization_type
}
