resource "aws_security_group" "game" {
  name = "game-servers"
}

resource "aws_security_group_rule" "everything_tcp" {
  type              = "ingress"
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.game.id
}
