resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
}

# An Allow conditioned on SecureTransport = true does not stop other grants being used over HTTP,
# and the Deny below only covers reads.
resource "aws_s3_bucket_policy" "exports" {
  bucket = aws_s3_bucket.exports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/exporter" }
        Action    = ["s3:PutObject"]
        Resource  = "${aws_s3_bucket.exports.arn}/*"
        Condition = { Bool = { "aws:SecureTransport" = "true" } }
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.exports.arn}/*"
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      }
    ]
  })
}
