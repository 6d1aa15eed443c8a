resource "aws_secretsmanager_secret" "api" {
  name = "prod/api/token"
}

# Rotates another secret, not this one.
resource "aws_secretsmanager_secret_rotation" "other" {
  secret_id           = aws_secretsmanager_secret.other.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"

  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "other" {
  name = "prod/other/token"
}
