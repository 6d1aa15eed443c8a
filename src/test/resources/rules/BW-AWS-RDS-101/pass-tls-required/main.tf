resource "aws_db_parameter_group" "orders" {
  name   = "orders-pg14"
  family = "postgres14"

  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }
}

resource "aws_db_parameter_group" "crm" {
  name   = "crm-mariadb"
  family = "mariadb10.11"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

resource "aws_rds_cluster_parameter_group" "ledger" {
  name   = "ledger-aurora-pg16"
  family = "aurora-postgresql16"

  parameter {
    name  = "rds.force_ssl"
    value = 1
  }
}

# RDS for PostgreSQL 15 and later force TLS by default.
resource "aws_db_parameter_group" "events" {
  name   = "events-pg17"
  family = "postgres17"
}

# Aurora instance parameter groups do not carry the TLS setting; the cluster group does.
resource "aws_db_parameter_group" "ledger_instances" {
  name   = "ledger-aurora-pg16-instances"
  family = "aurora-postgresql16"
}
