resource "aws_iam_policy" "storage" {
  name = "storage-admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "AllOfS3"
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:*"]
      Resource = "*"
    }]
  })
}
