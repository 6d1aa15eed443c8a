variable "partner_cidr" {
  type = string
}

resource "aws_security_group" "sftp" {
  name = "sftp"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.partner_cidr, "0.0.0.0/0"]
  }
}
