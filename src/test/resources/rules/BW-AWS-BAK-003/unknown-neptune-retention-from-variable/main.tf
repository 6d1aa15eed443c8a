variable "backup_retention_period" {
  type = number
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier      = "graph"
  backup_retention_period = var.backup_retention_period
}
