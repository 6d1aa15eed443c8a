resource "aws_s3_bucket" "legacy" {
  bucket = "org-legacy"

  logging {
    target_bucket = "org-access-logs"
    target_prefix = "legacy/"
  }
}
