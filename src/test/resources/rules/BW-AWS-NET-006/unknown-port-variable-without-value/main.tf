variable "service_port" {
  type = number
}

resource "aws_security_group" "svc" {
  name = "svc"

  ingress {
    from_port   = var.service_port
    to_port     = var.service_port
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}
