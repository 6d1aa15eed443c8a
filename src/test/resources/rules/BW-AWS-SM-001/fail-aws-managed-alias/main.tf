resource "aws_secretsmanager_secret" "api" {
  name       = "prod/api/token"
  kms_key_id = "alias/aws/secretsmanager"
}
