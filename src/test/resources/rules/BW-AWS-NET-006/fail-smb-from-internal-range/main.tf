resource "aws_security_group" "files" {
  name = "file-server"
}

resource "aws_security_group_rule" "smb" {
  type              = "ingress"
  from_port         = 445
  to_port           = 445
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
  security_group_id = aws_security_group.files.id
}
