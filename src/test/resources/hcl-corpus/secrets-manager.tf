resource "aws_secretsmanager_secret" "db" {
  name                    = "prod/app/db"
  description             = "Database credentials for the app"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = 30

  replica {
    region     = "us-west-2"
    kms_key_id = var.replica_kms_key_arn
  }
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({
    username = var.username
    password = var.password
    engine   = "postgres"
    port     = 5432
  })
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = var.rotation_lambda_arn

  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_ssm_parameter" "config" {
  for_each = {
    "/app/feature_flags" = jsonencode({ new_checkout = true, beta_search = false })
    "/app/max_workers"   = "16"
    "/app/log_level"     = "warn"
  }
  name   = each.key
  type   = startswith(each.key, "/app/secret") ? "SecureString" : "String"
  value  = each.value
  tier   = "Standard"
}

variable "kms_key_arn" { type = string }
variable "replica_kms_key_arn" { type = string }
variable "username" {
  type      = string
  sensitive = true
}
variable "password" {
  type      = string
  sensitive = true
  ephemeral = true
}
variable "rotation_lambda_arn" { type = string }
