resource "aws_s3_bucket" "records" {
  bucket = "org-records"
}
