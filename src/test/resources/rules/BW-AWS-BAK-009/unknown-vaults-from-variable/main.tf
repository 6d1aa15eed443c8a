variable "tested_vaults" {
  type = list(string)
}

resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_restore_testing_plan" "weekly" {
  name                = "weekly"
  schedule_expression = "cron(0 3 ? * SUN *)"
  recovery_point_selection {
    algorithm            = "LATEST_WITHIN_WINDOW"
    include_vaults       = var.tested_vaults
    recovery_point_types = ["SNAPSHOT"]
  }
}
