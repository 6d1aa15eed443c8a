resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "app"
  manage_master_user_password = true
  backup_retention_period     = 14
}

resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  instance_class      = "db.t4g.medium"
  replicate_source_db = "orders"
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  backup_retention_period     = 35
}
