variable "replication_status" {
  type = string
}

resource "aws_s3_bucket" "records" {
  bucket = "org-records"
}

resource "aws_s3_bucket_replication_configuration" "records" {
  bucket = aws_s3_bucket.records.id
  role   = "arn:aws:iam::123456789012:role/s3-replication"

  rule {
    id     = "all"
    status = var.replication_status
    destination {
      bucket = "arn:aws:s3:::org-records-replica"
    }
  }
}
