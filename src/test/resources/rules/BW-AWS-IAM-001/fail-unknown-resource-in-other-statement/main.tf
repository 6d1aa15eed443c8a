# The first statement depends on an unset variable, the second is a definite violation.
variable "reports_bucket_arn" {
  type = string
}

resource "aws_iam_policy" "reports" {
  name = "reports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = ["${var.reports_bucket_arn}/*"]
      },
      {
        Sid      = "Leftover"
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      }
    ]
  })
}
