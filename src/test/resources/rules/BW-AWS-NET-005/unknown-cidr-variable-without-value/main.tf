variable "ops_cidr" {
  type = string
}

resource "aws_network_acl" "ops" {
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = var.ops_cidr
    from_port  = 22
    to_port    = 22
  }
}
