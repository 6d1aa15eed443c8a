variable "encryption_rules" {
  type = list(object({ algorithm = string }))
}

resource "aws_s3_bucket" "archive" {
  bucket = "acme-archive"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "archive" {
  bucket = aws_s3_bucket.archive.id

  dynamic "rule" {
    for_each = var.encryption_rules
    content {
      apply_server_side_encryption_by_default {
        sse_algorithm = rule.value.algorithm
      }
    }
  }
}
