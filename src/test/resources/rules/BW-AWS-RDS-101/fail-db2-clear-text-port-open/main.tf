# "TCPIP,SSL" opens the TLS port but keeps the clear-text one.
resource "aws_db_parameter_group" "both" {
  name   = "db2-both"
  family = "db2-se-11.5"

  parameter {
    name         = "DB2COMM"
    value        = "TCPIP,SSL"
    apply_method = "pending-reboot"
  }

  parameter {
    name         = "ssl_svcename"
    value        = "50443"
    apply_method = "pending-reboot"
  }
}

# Nothing set: the engine listens on TCPIP only.
resource "aws_db_parameter_group" "plain" {
  name   = "db2-plain"
  family = "db2-ae-11.5"
}
