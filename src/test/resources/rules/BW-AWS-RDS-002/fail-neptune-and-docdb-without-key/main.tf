resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  storage_encrypted  = true
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier = "docs"
  master_username    = "docs"
  master_password    = "change-me-please"
  storage_encrypted  = true
  kms_key_id         = "arn:aws:kms:eu-west-1:123456789012:alias/aws/rds"
}
