resource "aws_vpc" "logged" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "silent" {
  cidr_block = "10.1.0.0/16"
}

# Attached to the other VPC only.
resource "aws_flow_log" "logged" {
  vpc_id               = aws_vpc.logged.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::org-flow-logs"
}
