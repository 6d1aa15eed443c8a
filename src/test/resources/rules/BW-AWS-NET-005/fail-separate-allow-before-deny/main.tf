resource "aws_network_acl" "edge" {
  vpc_id = "vpc-0a1b2c3d"
}

# Rule 100 is evaluated before the deny at 200, so SSH stays open; the finding is on this rule.
resource "aws_network_acl_rule" "ssh" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl_rule" "deny_ssh" {
  network_acl_id = aws_network_acl.edge.id
  rule_number    = 200
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}
