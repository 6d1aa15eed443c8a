resource "aws_s3_bucket" "scratch" {
  bucket = "acme-scratch"
}
