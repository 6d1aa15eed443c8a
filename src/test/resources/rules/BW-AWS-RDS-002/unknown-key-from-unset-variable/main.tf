variable "kms_key_arn" {
  type = string
}

resource "aws_db_instance" "app" {
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  username          = "app"
  password          = "change-me-please"
  storage_encrypted = true
  kms_key_id        = var.kms_key_arn
}
