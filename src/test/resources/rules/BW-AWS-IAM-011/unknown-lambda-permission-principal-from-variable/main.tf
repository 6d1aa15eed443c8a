variable "invoker" {
  type = string
}

resource "aws_lambda_permission" "invoke" {
  statement_id  = "AllowInvoker"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = var.invoker
}
