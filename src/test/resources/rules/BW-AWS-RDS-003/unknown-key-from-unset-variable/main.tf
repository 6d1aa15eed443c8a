variable "copy_key" {
  type = string
}

resource "aws_db_snapshot_copy" "offsite" {
  source_db_snapshot_identifier = "arn:aws:rds:eu-west-1:111122223333:snapshot:orders-weekly"
  target_db_snapshot_identifier = "orders-weekly-offsite"
  kms_key_id                    = var.copy_key
}
