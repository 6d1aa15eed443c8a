variable "log_exports" {
  type = list(string)
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier              = "docs"
  master_username                 = "docs"
  master_password                 = "change-me-please"
  enabled_cloudwatch_logs_exports = var.log_exports
}
