resource "aws_s3_bucket" "uploads" {
  bucket = "org-uploads"
}
