resource "aws_backup_vault" "main" {
  for_each = toset(["eu", "us"])
  name     = "main-${each.key}"
}

resource "aws_backup_restore_testing_plan" "weekly" {
  name                = "weekly"
  schedule_expression = "cron(0 3 ? * SUN *)"
  recovery_point_selection {
    algorithm            = "LATEST_WITHIN_WINDOW"
    include_vaults       = [for v in aws_backup_vault.main : v.arn]
    recovery_point_types = ["SNAPSHOT"]
  }
}
