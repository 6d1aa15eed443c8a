resource "aws_s3_bucket_policy" "internal" {
  bucket = "example-internal"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "OnlyThroughEndpoint"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::example-internal/*"
        Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0a1b2c3d4e5f67890" } }
      },
      {
        Sid       = "TlsOnly"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["arn:aws:s3:::example-internal", "arn:aws:s3:::example-internal/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      {
        Sid       = "Reader"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:role/reader" }
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::example-internal/*"
      }
    ]
  })
}

resource "aws_s3_bucket" "no_policy" {
  bucket = "example-no-policy"
}
