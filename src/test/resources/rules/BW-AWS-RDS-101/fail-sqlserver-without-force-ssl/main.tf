resource "aws_db_parameter_group" "mssql" {
  name   = "mssql"
  family = "sqlserver-ee-16.0"
}
