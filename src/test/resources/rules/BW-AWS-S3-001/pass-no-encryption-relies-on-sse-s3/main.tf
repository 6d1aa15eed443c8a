# No encryption declared: S3 encrypts new objects with SSE-S3 (the default since January 2023).
resource "aws_s3_bucket" "plain" {
  bucket = "plain-bucket"
}

# Refers to another bucket, so it does not count for "plain".
resource "aws_s3_bucket_server_side_encryption_configuration" "other" {
  bucket = aws_s3_bucket.other.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket" "other" {
  bucket = "other-bucket"
}
