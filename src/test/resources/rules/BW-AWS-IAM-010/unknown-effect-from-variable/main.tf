variable "public_effect" {
  type = string
}

resource "aws_s3_bucket_policy" "maybe" {
  bucket = "example-maybe"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = var.public_effect, Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::example-maybe/*" }]
  })
}
