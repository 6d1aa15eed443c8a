resource "aws_cloudtrail" "paused" {
  name                  = "paused"
  s3_bucket_name        = "org-trail-logs"
  is_multi_region_trail = true
  enable_logging        = false
}
