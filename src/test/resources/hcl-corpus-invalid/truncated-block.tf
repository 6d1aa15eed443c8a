resource "aws_s3_bucket" "truncated" {
  bucket = "acme"

  versioning {
    enabled = true
  }
