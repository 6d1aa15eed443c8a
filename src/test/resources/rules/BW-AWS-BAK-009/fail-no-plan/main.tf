resource "aws_backup_vault" "main" {
  name = "main"
}

# Tests another vault only.
resource "aws_backup_vault" "other" {
  name = "other"
}

resource "aws_backup_restore_testing_plan" "weekly" {
  name                = "weekly"
  schedule_expression = "cron(0 3 ? * SUN *)"
  recovery_point_selection {
    algorithm             = "LATEST_WITHIN_WINDOW"
    include_vaults        = [aws_backup_vault.other.arn]
    recovery_point_types  = ["SNAPSHOT"]
  }
}
