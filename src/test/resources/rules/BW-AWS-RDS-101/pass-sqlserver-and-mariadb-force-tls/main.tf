resource "aws_db_parameter_group" "mssql" {
  name   = "mssql"
  family = "sqlserver-se-15.0"

  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }
}

resource "aws_db_parameter_group" "maria" {
  name   = "maria"
  family = "mariadb10.11"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

resource "aws_rds_cluster_parameter_group" "aurora_pg" {
  name   = "aurora-pg"
  family = "aurora-postgresql16"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}
