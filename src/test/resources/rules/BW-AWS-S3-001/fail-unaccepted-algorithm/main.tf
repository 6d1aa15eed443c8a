resource "aws_s3_bucket" "b" {
  bucket = "b"
}

# "aes256" is not an algorithm S3 accepts (the value is case-sensitive: AES256).
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aes256"
    }
  }
}
