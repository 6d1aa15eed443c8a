resource "aws_cloudwatch_log_group" "audit" {
  name              = "/audit/api"
  retention_in_days = 400
}

resource "aws_cloudwatch_log_group" "forever" {
  name = "/audit/forever"
}

resource "aws_cloudwatch_log_group" "zero" {
  name              = "/audit/zero"
  retention_in_days = 0
}
