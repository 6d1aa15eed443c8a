resource "aws_network_acl" "web" {
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_network_acl_rule" "deny_admin" {
  for_each       = { ssh = 22, rdp = 3389 }
  network_acl_id = aws_network_acl.web.id
  rule_number    = each.value == 22 ? 50 : 51
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = each.value
  to_port        = each.value
}

resource "aws_network_acl_rule" "allow_tcp" {
  network_acl_id = aws_network_acl.web.id
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 1
  to_port        = 65535
}

resource "aws_network_acl_rule" "allow_all_out" {
  network_acl_id = aws_network_acl.web.id
  rule_number    = 100
  egress         = true
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}
