variable "db_username" {
  type      = string
  default   = "app_admin"
  sensitive = true
}

variable "multi_az" {
  type    = bool
  default = null
  nullable = true
}

resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "!#$%&*()-_=+[]{}<>:?"
}

resource "aws_db_subnet_group" "main" {
  name       = "main-db"
  subnet_ids = var.db_subnet_ids
}

resource "aws_db_instance" "main" {
  identifier                   = "app-postgres"
  engine                       = "postgres"
  engine_version               = "16.3"
  instance_class               = "db.r6g.large"
  allocated_storage            = 100
  max_allocated_storage        = 1000
  storage_type                 = "gp3"
  storage_encrypted            = true
  kms_key_id                   = var.kms_key_arn
  username                     = var.db_username
  password                     = random_password.db.result
  db_subnet_group_name         = aws_db_subnet_group.main.name
  multi_az                     = coalesce(var.multi_az, var.environment == "prod")
  backup_retention_period      = var.environment == "prod" ? 35 : 7
  deletion_protection          = true
  skip_final_snapshot          = false
  final_snapshot_identifier    = "app-postgres-final-${formatdate("YYYYMMDD", timestamp())}"
  performance_insights_enabled = true
  iam_database_authentication_enabled = true
  publicly_accessible          = false
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
  parameter_group_name         = aws_db_parameter_group.main.name

  lifecycle {
    ignore_changes  = [final_snapshot_identifier, password]
    prevent_destroy = true
  }
}

resource "aws_db_parameter_group" "main" {
  name   = "app-postgres16"
  family = "postgres16"

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }

  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }
}

variable "db_subnet_ids" { type = list(string) }
variable "kms_key_arn" { type = string }
variable "environment" { type = string }
