variable "shared_acl_id" {
  description = "ACL owned by the network team's stack"
  type        = string
  default     = "acl-0123456789abcdef0"
}

resource "aws_network_acl_rule" "ssh" {
  network_acl_id = var.shared_acl_id
  rule_number    = 200
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}
