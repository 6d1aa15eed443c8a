resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session cache"
  node_type                  = "cache.r7g.large"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "leaderboard" {
  replication_group_id = "leaderboard"
  description          = "leaderboard"
  engine               = "valkey"
  node_type            = "cache.r7g.large"
}
