resource "aws_kms_key" "backups" {
  enable_key_rotation = true
}

resource "aws_kms_alias" "backups" {
  name          = "alias/backups"
  target_key_id = aws_kms_key.backups.key_id
}

resource "aws_db_snapshot_copy" "offsite" {
  source_db_snapshot_identifier = "arn:aws:rds:eu-west-1:111122223333:snapshot:orders-weekly"
  target_db_snapshot_identifier = "orders-weekly-offsite"
  kms_key_id                    = aws_kms_alias.backups.arn
}
