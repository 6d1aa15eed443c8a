resource "aws_rds_cluster" "ledger" {
  cluster_identifier              = "ledger"
  engine                          = "aurora-mysql"
  master_username                 = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = []
}
