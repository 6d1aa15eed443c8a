variable "auto_upgrade" {
  type = bool
}

resource "aws_db_instance" "main" {
  engine                     = "mysql"
  instance_class             = "db.t3.micro"
  allocated_storage          = 20
  auto_minor_version_upgrade = var.auto_upgrade
}
