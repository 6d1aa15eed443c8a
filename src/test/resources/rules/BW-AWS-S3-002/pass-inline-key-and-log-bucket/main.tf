resource "aws_kms_key" "docs" {
  enable_key_rotation = true
}

resource "aws_s3_bucket" "docs" {
  bucket = "acme-docs"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms:dsse"
        kms_master_key_id = aws_kms_key.docs.arn
      }
    }
  }
}

# Access-log destinations only support SSE-S3 and are exempt.
resource "aws_s3_bucket" "access_logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket_logging" "docs" {
  bucket        = aws_s3_bucket.docs.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "docs/"
}
