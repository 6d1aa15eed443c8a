variable "log_retention" {
  type    = number
  default = 90
}

resource "aws_cloudwatch_log_group" "app" {
  for_each          = toset(["orders", "payments"])
  name              = "/app/${each.key}"
  retention_in_days = var.log_retention
}
