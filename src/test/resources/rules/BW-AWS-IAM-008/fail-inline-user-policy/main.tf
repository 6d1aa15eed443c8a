resource "aws_iam_user_policy" "deploy_bot" {
  name = "deploy"
  user = "deploy-bot"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:PutObject", Resource = "arn:aws:s3:::artifacts/*" }]
  })
}
