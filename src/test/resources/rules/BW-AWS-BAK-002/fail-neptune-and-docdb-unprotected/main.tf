resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier  = "docs"
  master_username     = "docs"
  master_password     = "change-me-please"
  deletion_protection = false
}
