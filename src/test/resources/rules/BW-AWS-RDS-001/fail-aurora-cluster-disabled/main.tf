resource "aws_rds_cluster" "analytics" {
  cluster_identifier  = "analytics"
  engine              = "aurora-mysql"
  master_username     = "admin"
  master_password     = "change-me-please"
  storage_encrypted   = false
  skip_final_snapshot = true
}
