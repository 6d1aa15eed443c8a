resource "aws_network_acl" "windows" {
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_network_acl_rule" "https" {
  network_acl_id = aws_network_acl.windows.id
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}

resource "aws_network_acl_rule" "rdp" {
  network_acl_id  = aws_network_acl.windows.id
  rule_number     = 120
  protocol        = "6"
  rule_action     = "allow"
  ipv6_cidr_block = "::/0"
  from_port       = 3000
  to_port         = 4000
}
