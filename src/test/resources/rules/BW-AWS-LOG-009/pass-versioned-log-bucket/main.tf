resource "aws_s3_bucket" "logs" {
  bucket = "org-access-logs"
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "data" {
  bucket = "org-data"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0a1", "subnet-0b2"]
  access_logs {
    bucket  = aws_s3_bucket.logs.id
    enabled = true
  }
}
