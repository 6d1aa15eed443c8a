resource "aws_s3_bucket" "legacy" {
  bucket = "org-legacy"

  versioning {
    enabled = true
  }
}
