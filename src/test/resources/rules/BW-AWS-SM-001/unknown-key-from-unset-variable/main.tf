variable "secret_key_arn" {
  type = string
}

resource "aws_secretsmanager_secret" "db" {
  name       = "prod/db/password"
  kms_key_id = var.secret_key_arn
}
