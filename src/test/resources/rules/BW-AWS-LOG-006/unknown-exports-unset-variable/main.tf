variable "log_exports" {
  type = list(string)
}

resource "aws_db_instance" "orders" {
  identifier                      = "orders"
  engine                          = "mysql"
  instance_class                  = "db.t4g.medium"
  allocated_storage               = 50
  username                        = "app"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = var.log_exports
}
