variable "db_port" {
  description = "Engine port, chosen per environment"
  type        = number
}

resource "aws_security_group" "db" {
  name = "db"

  ingress {
    from_port   = var.db_port
    to_port     = var.db_port
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
