data "aws_kms_alias" "sm" {
  name = "alias/aws/secretsmanager"
}

resource "aws_secretsmanager_secret" "api" {
  name       = "prod/api/token"
  kms_key_id = data.aws_kms_alias.sm.target_key_arn
}
