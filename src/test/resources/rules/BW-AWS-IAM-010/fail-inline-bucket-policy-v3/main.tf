resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = ["*"] }, Action = "s3:ListBucket", Resource = "arn:aws:s3:::example-legacy" }]
  })
}
