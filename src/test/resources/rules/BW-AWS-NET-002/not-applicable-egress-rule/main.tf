# An outbound rule to a database port on the internet: the rule is about what the internet can reach.
resource "aws_security_group_rule" "postgres_out" {
  type              = "egress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_blocks       = ["0.0.0.0/0"]
}
