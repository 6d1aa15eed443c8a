resource "aws_security_group" "db" {
  name        = "orders-db"
  description = "Orders PostgreSQL"

  ingress {
    description = "temporary access for the data team"
    from_port   = "5432"
    to_port     = "5432"
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16", "0.0.0.0/0"]
  }
}
