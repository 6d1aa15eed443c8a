locals {
  networks = {
    prod    = "10.0.0.0/16"
    staging = "10.1.0.0/16"
  }
}

resource "aws_vpc" "env" {
  for_each   = local.networks
  cidr_block = each.value
}

resource "aws_flow_log" "env" {
  for_each             = aws_vpc.env
  vpc_id               = each.value.id
  traffic_type         = "REJECT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::org-flow-logs/${each.key}/"
}
