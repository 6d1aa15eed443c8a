resource "aws_security_group" "lab" {
  name = "lab"
}

resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = aws_security_group.lab.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "all"
}
