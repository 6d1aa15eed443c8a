module "trail_bucket" {
  source = "./modules/log-bucket"
  name   = "org-trail-logs"
}

resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = module.trail_bucket.id
  is_multi_region_trail = true
}
