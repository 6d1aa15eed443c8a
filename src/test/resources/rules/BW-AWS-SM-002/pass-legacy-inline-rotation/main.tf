# Provider versions before 5.0 configured rotation on the secret itself.
resource "aws_secretsmanager_secret" "legacy" {
  name                = "prod/legacy/password"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"

  rotation_rules {
    automatically_after_days = 60
  }
}
