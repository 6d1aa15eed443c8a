variable "storage_encrypted" {
  type = bool
}

resource "aws_rds_cluster" "main" {
  cluster_identifier = "main"
  engine             = "aurora-postgresql"
  master_username    = "main"
  master_password    = "change-me-please"
  storage_encrypted  = var.storage_encrypted
}
