variable "log_versioning" {
  type = string
}

resource "aws_s3_bucket" "flow" {
  bucket = "org-flow-logs"
}

resource "aws_s3_bucket_versioning" "flow" {
  bucket = aws_s3_bucket.flow.id
  versioning_configuration {
    status = var.log_versioning
  }
}

resource "aws_flow_log" "main" {
  vpc_id               = "vpc-0abc"
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow.arn
}
