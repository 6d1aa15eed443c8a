resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "sessions"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  auto_minor_version_upgrade = true
}
