resource "aws_db_snapshot" "weekly" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-weekly"
}

resource "aws_db_snapshot_copy" "offsite" {
  source_db_snapshot_identifier = aws_db_snapshot.weekly.db_snapshot_arn
  target_db_snapshot_identifier = "orders-weekly-offsite"
}
