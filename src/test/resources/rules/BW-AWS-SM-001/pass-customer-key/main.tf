resource "aws_kms_key" "secrets" {
  description         = "application secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "db" {
  name       = "prod/db/password"
  kms_key_id = aws_kms_key.secrets.arn
}

data "aws_kms_key" "shared" {
  key_id = "alias/shared-secrets"
}

resource "aws_secretsmanager_secret" "partner" {
  name       = "prod/partner/token"
  kms_key_id = data.aws_kms_key.shared.arn
}
