resource "aws_s3_bucket" "logs" {
  bucket = "org-access-logs"
}

resource "aws_s3_bucket" "reports" {
  bucket = "org-reports"
}

resource "aws_s3_bucket" "uploads" {
  bucket = "org-uploads"
}

# Only "reports" is logged; "uploads" has nothing.
resource "aws_s3_bucket_logging" "reports" {
  bucket        = aws_s3_bucket.reports.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "reports/"
}
