resource "aws_kms_key" "logs" {
  description         = "CloudWatch Logs"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "app" {
  for_each          = toset(["api", "worker"])
  name              = "/app/${each.key}"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.logs.arn
}
