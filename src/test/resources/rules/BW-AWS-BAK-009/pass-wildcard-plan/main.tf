resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_restore_testing_plan" "all" {
  name                = "all"
  schedule_expression = "cron(0 3 ? * SUN *)"
  recovery_point_selection {
    algorithm            = "RANDOM_WITHIN_WINDOW"
    include_vaults       = ["*"]
    recovery_point_types = ["CONTINUOUS", "SNAPSHOT"]
  }
}
