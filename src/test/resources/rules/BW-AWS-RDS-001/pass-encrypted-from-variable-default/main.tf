variable "encrypt_storage" {
  type    = bool
  default = true
}

resource "aws_db_instance" "billing" {
  identifier        = "billing"
  engine            = "mysql"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  username          = "billing"
  password          = "change-me-please"
  storage_encrypted = var.encrypt_storage
}
