variable "log_key_arn" {
  type = string
}

resource "aws_cloudwatch_log_group" "app" {
  name       = "/app/api"
  kms_key_id = var.log_key_arn
}
