resource "aws_kms_key" "db" {
  description         = "graph and document stores"
  enable_key_rotation = true
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  storage_encrypted  = true
  kms_key_arn        = aws_kms_key.db.arn
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier = "docs"
  master_username    = "docs"
  master_password    = "change-me-please"
  storage_encrypted  = true
  kms_key_id         = aws_kms_key.db.arn
}
