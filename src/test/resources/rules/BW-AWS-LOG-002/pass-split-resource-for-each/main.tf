resource "aws_s3_bucket" "logs" {
  bucket = "org-access-logs"
}

resource "aws_s3_bucket" "data" {
  for_each = toset(["raw", "curated"])
  bucket   = "org-data-${each.key}"
}

resource "aws_s3_bucket_logging" "data" {
  for_each      = aws_s3_bucket.data
  bucket        = each.value.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "${each.key}/"
}
