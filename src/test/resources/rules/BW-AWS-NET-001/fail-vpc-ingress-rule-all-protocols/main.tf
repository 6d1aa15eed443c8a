resource "aws_security_group" "build" {
  name = "build-agents"
}

resource "aws_vpc_security_group_ingress_rule" "anything_v6" {
  security_group_id = aws_security_group.build.id
  cidr_ipv6         = "::/0"
  ip_protocol       = "-1"
  description       = "temporary: open while debugging"
}
