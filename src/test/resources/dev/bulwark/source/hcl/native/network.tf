variable "vpc_cidr" {
  type    = string
  default = "10.40.0.0/16"
  validation {
    condition     = can(cidrnetmask(var.vpc_cidr))
    error_message = "The vpc_cidr value must be a valid IPv4 CIDR block."
  }
}

variable "azs" {
  type = list(string)
  default = [
    "eu-west-1a",
    "eu-west-1b",
    "eu-west-1c",
  ]
}

resource "aws_vpc" "main" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = { Name = "main" }
}

resource "aws_subnet" "private" {
  count             = length(var.azs)
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(var.vpc_cidr, 4, count.index)
  availability_zone = var.azs[count.index]
  tags = {
    Name = "private-${count.index + 1}"
    Tier = "private"
  }
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "HTTPS from the load balancer only"
  vpc_id      = aws_vpc.main.id

  ingress {
    description     = "HTTPS"
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    security_groups = [aws_security_group.lb.id]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] // outbound is open on purpose
  }
}

resource "aws_network_acl_rule" "deny_ssh" {
  network_acl_id = aws_vpc.main.default_network_acl_id
  rule_number    = 90
  egress         = false
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}

/* Flow logs go to the central account. */
resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::central-flow-logs/${aws_vpc.main.id}/"
  max_aggregation_interval = var.environment != "prod" ? 600 : 60
}

locals {
  subnet_ids      = aws_subnet.private[*].id
  legacy_first_id = aws_subnet.private.0.id
  subnet_azs      = aws_subnet.private.*.availability_zone
  cidr_by_az      = zipmap(aws_subnet.private[*].availability_zone, aws_subnet.private[*].cidr_block)
  grouped         = { for s in aws_subnet.private : s.tags["Tier"] => s.id... }
  is_large        = length(var.azs) >= 3 && !var.single_az || var.force_large
  ratio           = (length(var.azs) * 100 - 5) % 7 / 2.5e0
}
