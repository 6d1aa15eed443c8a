resource "aws_db_parameter_group" "tls" {
  name   = "db2-tls"
  family = "db2-se-11.5"

  parameter {
    name         = "DB2COMM"
    value        = "SSL"
    apply_method = "pending-reboot"
  }

  parameter {
    name         = "ssl_svcename"
    value        = "50443"
    apply_method = "pending-reboot"
  }
}

# Oracle's SSL option keeps the clear-text listener; no parameter group decides it.
resource "aws_db_parameter_group" "oracle" {
  name   = "oracle"
  family = "oracle-ee-19"
}
