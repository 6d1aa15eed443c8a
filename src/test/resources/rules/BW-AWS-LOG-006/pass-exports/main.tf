resource "aws_db_instance" "orders" {
  identifier                      = "orders"
  engine                          = "postgres"
  instance_class                  = "db.t4g.medium"
  allocated_storage               = 50
  username                        = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier              = "ledger"
  engine                          = "aurora-mysql"
  master_username                 = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"]
}
