variable "rotation_days" {
  type    = number
  default = 180
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/db/password"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = var.rotation_days
  }
}

resource "aws_lambda_function" "rotate" {
  function_name = "rotate-db-password"
  role          = "arn:aws:iam::111122223333:role/rotation"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "rotate.zip"
}
