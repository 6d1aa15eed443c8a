variable "reader" {
  type = string
}

resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

resource "aws_secretsmanager_secret_policy" "db" {
  secret_arn = aws_secretsmanager_secret.db.arn
  policy     = <<EOT
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"${var.reader}"},"Action":"secretsmanager:GetSecretValue","Resource":"*"}]}
EOT
}
