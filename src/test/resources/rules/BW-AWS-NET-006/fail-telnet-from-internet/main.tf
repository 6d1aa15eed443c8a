resource "aws_security_group" "switch_mgmt" {
  name = "switch-management"

  ingress {
    from_port   = 23
    to_port     = 23
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
