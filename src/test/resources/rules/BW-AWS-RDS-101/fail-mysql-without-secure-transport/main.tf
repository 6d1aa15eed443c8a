resource "aws_db_parameter_group" "crm" {
  name   = "crm-mysql8"
  family = "mysql8.0"

  parameter {
    name  = "character_set_server"
    value = "utf8mb4"
  }
}
