resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
}

locals {
  public_ports = toset(["22", "443"])
}

resource "aws_security_group_rule" "public" {
  for_each          = local.public_ports
  type              = "ingress"
  from_port         = each.value
  to_port           = each.value
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.app.id
}
