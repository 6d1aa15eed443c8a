variable "protocol" {
  type = string
}

resource "aws_security_group" "edge" {
  name = "edge"

  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = var.protocol
    cidr_blocks = ["0.0.0.0/0"]
  }
}
