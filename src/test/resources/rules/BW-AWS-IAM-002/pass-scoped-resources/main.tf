resource "aws_iam_policy" "uploads" {
  name = "uploads"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "s3:*"
        Resource = ["arn:aws:s3:::uploads", "arn:aws:s3:::uploads/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["ec2:Describe*", "cloudwatch:Get*"]
        Resource = "*"
      }
    ]
  })
}
