variable "encrypt_in_transit" {
  type    = bool
  default = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session store"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = var.encrypt_in_transit
}

resource "aws_elasticache_cluster" "replica" {
  cluster_id           = "sessions-extra"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id                 = "fragments"
  engine                     = "memcached"
  node_type                  = "cache.t4g.micro"
  num_cache_nodes            = 2
  transit_encryption_enabled = true
}
