# A module input typed string passed on to a bool argument: Terraform converts "true" to true.
variable "log_file_validation" {
  type    = string
  default = "true"
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "org-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = var.log_file_validation
}
