resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id     = "sessions"
  description              = "session store"
  engine                   = "valkey"
  node_type                = "cache.t4g.small"
  num_cache_clusters       = 2
  snapshot_retention_limit = 7
  snapshot_window          = "03:00-05:00"
}

# A member of the group: snapshots are the group's business.
resource "aws_elasticache_cluster" "sessions_extra" {
  cluster_id           = "sessions-extra"
  replication_group_id = "sessions"
}

resource "aws_elasticache_cluster" "page_cache" {
  cluster_id      = "page-cache"
  engine          = "memcached"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 2
}
