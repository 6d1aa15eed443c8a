data "aws_kms_key" "backup" {
  key_id = "alias/aws/backup"
}

resource "aws_backup_vault" "main" {
  name        = "main"
  kms_key_arn = data.aws_kms_key.backup.arn
}
