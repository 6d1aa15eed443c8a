resource "aws_kms_key" "data" {
  description         = "data buckets"
  enable_key_rotation = true
}

resource "aws_s3_bucket" "data" {
  for_each = toset(["raw", "curated"])
  bucket   = "acme-data-${each.key}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  for_each = aws_s3_bucket.data
  bucket   = each.value.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
    bucket_key_enabled = true
  }
}
