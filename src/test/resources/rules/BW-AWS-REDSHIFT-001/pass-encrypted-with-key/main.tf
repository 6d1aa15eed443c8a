resource "aws_kms_key" "warehouse" {
  enable_key_rotation = true
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  database_name      = "analytics"
  master_username    = "warehouse"
  master_password    = "Change-me-please-1"
  node_type          = "ra3.xlplus"
  cluster_type       = "single-node"
  encrypted          = true
  kms_key_id         = aws_kms_key.warehouse.arn
}
