data "aws_kms_key" "rds" {
  key_id = "alias/aws/rds"
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier = "ledger"
  engine             = "aurora-postgresql"
  master_username    = "ledger"
  master_password    = "change-me-please"
  storage_encrypted  = true
  kms_key_id         = data.aws_kms_key.rds.arn
}
