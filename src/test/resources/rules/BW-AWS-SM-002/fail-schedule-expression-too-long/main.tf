# Longer than the default 90 days: every 120 days, and quarterly (up to 92 days apart).
resource "aws_secretsmanager_secret" "slow" {
  name = "prod/slow"
}

resource "aws_secretsmanager_secret_rotation" "slow" {
  secret_id           = aws_secretsmanager_secret.slow.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"

  rotation_rules {
    schedule_expression = "rate(120 days)"
  }
}

resource "aws_secretsmanager_secret" "quarterly" {
  name = "prod/quarterly"
}

resource "aws_secretsmanager_secret_rotation" "quarterly" {
  secret_id           = aws_secretsmanager_secret.quarterly.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"

  rotation_rules {
    schedule_expression = "cron(0 0 1 JAN,APR,JUL,OCT ? *)"
  }
}

