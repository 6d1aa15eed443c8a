resource "aws_s3_bucket" "trail" {
  bucket = "org-trail-logs"
}

# include_global_service_events is not written: the provider default (true) records IAM and STS.
resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true
}
