resource "aws_secretsmanager_secret" "db" {
  for_each = toset(["orders", "billing"])
  name     = "prod/${each.key}/password"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  for_each            = aws_secretsmanager_secret.db
  secret_id           = each.value.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "token" {
  name = "prod/token"
}

resource "aws_secretsmanager_secret_rotation" "token" {
  secret_id           = aws_secretsmanager_secret.token.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    schedule_expression = "rate(14 days)"
  }
}

resource "aws_lambda_function" "rotate" {
  function_name = "rotate-secrets"
  role          = "arn:aws:iam::111122223333:role/rotation"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "rotate.zip"
}
