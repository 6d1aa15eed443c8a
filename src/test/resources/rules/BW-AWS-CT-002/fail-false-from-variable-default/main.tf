variable "validate_logs" {
  type    = bool
  default = false
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "org-trail-logs"
  enable_log_file_validation = var.validate_logs
}
