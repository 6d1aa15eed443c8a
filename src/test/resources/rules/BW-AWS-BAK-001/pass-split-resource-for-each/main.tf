variable "buckets" {
  type    = set(string)
  default = ["invoices", "contracts"]
}

resource "aws_s3_bucket" "docs" {
  for_each = var.buckets
  bucket   = "org-${each.key}"
}

resource "aws_s3_bucket_versioning" "docs" {
  for_each = aws_s3_bucket.docs
  bucket   = each.value.id
  versioning_configuration {
    status = "Enabled"
  }
}
