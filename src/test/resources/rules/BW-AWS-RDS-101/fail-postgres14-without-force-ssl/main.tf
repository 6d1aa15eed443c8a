resource "aws_db_parameter_group" "orders" {
  name   = "orders-pg14"
  family = "postgres14"

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
}
