resource "aws_iam_user" "alice" {
  name = "alice"
}

# Action "*" on everything except one bucket is still administrative access.
resource "aws_iam_user_policy" "alice" {
  name = "almost-everything"
  user = aws_iam_user.alice.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect      = "Allow"
      Action      = "*"
      NotResource = "arn:aws:s3:::audit-logs/*"
    }]
  })
}
