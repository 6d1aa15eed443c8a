resource "aws_security_group" "monitoring" {
  name = "monitoring"
}

resource "aws_vpc_security_group_ingress_rule" "snmp" {
  security_group_id = aws_security_group.monitoring.id
  cidr_ipv4         = "172.16.0.0/12"
  ip_protocol       = "udp"
  from_port         = 161
  to_port           = 162
}
