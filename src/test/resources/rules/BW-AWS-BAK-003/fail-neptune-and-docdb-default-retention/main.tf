resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  storage_encrypted  = true
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier      = "docs"
  master_username         = "docs"
  master_password         = "change-me-please"
  backup_retention_period = 3
}
