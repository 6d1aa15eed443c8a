# Within the default 90 days: 30 days, 12 hours, the first of every month (up to 31 days apart), every Monday.
resource "aws_secretsmanager_secret" "days" {
  name = "prod/days"
}

resource "aws_secretsmanager_secret_rotation" "days" {
  secret_id           = aws_secretsmanager_secret.days.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"

  rotation_rules {
    schedule_expression = "rate(30 days)"
  }
}

resource "aws_secretsmanager_secret" "hours" {
  name = "prod/hours"
}

resource "aws_secretsmanager_secret_rotation" "hours" {
  secret_id           = aws_secretsmanager_secret.hours.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"

  rotation_rules {
    schedule_expression = "rate(12 hours)"
  }
}

resource "aws_secretsmanager_secret" "monthly" {
  name = "prod/monthly"
}

resource "aws_secretsmanager_secret_rotation" "monthly" {
  secret_id           = aws_secretsmanager_secret.monthly.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"

  rotation_rules {
    schedule_expression = "cron(0 0 1 * ? *)"
  }
}

resource "aws_secretsmanager_secret" "weekly" {
  name = "prod/weekly"
}

resource "aws_secretsmanager_secret_rotation" "weekly" {
  secret_id           = aws_secretsmanager_secret.weekly.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"

  rotation_rules {
    schedule_expression = "cron(0 4 ? * MON *)"
  }
}

