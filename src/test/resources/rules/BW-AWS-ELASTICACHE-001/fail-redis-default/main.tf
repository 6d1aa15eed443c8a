resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "session cache"
  engine               = "redis"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}
