resource "aws_cloudwatch_log_group" "flow" {
  name              = "/vpc/main/flow"
  retention_in_days = 400
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id          = aws_vpc.main.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = "arn:aws:iam::123456789012:role/flow-logs"
}
