variable "at_rest_encryption" {
  type = bool
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "cache"
  node_type                  = "cache.t4g.micro"
  at_rest_encryption_enabled = var.at_rest_encryption
}
