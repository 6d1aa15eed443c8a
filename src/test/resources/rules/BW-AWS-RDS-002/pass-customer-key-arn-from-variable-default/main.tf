variable "db_kms_key_arn" {
  type    = string
  default = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_rds_cluster" "core" {
  cluster_identifier = "core"
  engine             = "aurora-mysql"
  master_username    = "core"
  master_password    = "change-me-please"
  storage_encrypted  = true
  kms_key_id         = var.db_kms_key_arn
}
