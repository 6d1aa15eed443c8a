resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine             = "neptune"
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier = "docs"
  master_username    = "docs"
  master_password    = "change-me-please"
  storage_encrypted  = false
}
