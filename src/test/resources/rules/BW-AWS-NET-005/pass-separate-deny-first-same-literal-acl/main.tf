# The ACL is managed elsewhere; rules naming the same id belong to the same ACL.
resource "aws_network_acl_rule" "deny_admin" {
  for_each       = { ssh = 22, rdp = 3389 }
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = each.value == 22 ? 10 : 11
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = each.value
  to_port        = each.value
}

resource "aws_network_acl_rule" "allow_tcp" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 0
  to_port        = 65535
}
