# L (last day of the month) is not interpreted, so the interval is not guessed.
resource "aws_secretsmanager_secret" "last" {
  name = "prod/last"
}

resource "aws_secretsmanager_secret_rotation" "last" {
  secret_id           = aws_secretsmanager_secret.last.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"

  rotation_rules {
    schedule_expression = "cron(0 0 L * ? *)"
  }
}

