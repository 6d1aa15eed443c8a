resource "aws_neptune_cluster" "graph" {
  cluster_identifier             = "graph"
  enable_cloudwatch_logs_exports = ["audit", "slowquery"]
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier              = "docs"
  master_username                 = "docs"
  master_password                 = "change-me-please"
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}
