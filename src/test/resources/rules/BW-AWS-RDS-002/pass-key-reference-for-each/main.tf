resource "aws_kms_key" "db" {
  description         = "database storage"
  enable_key_rotation = true
}

resource "aws_db_instance" "tenant" {
  for_each          = toset(["alpha", "beta"])
  identifier        = "tenant-${each.key}"
  engine            = "postgres"
  instance_class    = "db.t4g.large"
  allocated_storage = 20
  username          = "tenant"
  password          = "change-me-please"
  storage_encrypted = true
  kms_key_id        = aws_kms_key.db.arn
}
