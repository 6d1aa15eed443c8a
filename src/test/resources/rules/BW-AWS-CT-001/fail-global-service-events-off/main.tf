resource "aws_s3_bucket" "trail" {
  bucket = "org-trail-logs"
}

# The account's multi-region trail, but IAM and STS calls (global services) are dropped.
resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail.id
  is_multi_region_trail         = true
  include_global_service_events = false
}
