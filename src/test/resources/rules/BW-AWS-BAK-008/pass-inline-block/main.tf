resource "aws_s3_bucket" "records" {
  bucket = "org-records"

  versioning {
    enabled = true
  }

  replication_configuration {
    role = "arn:aws:iam::123456789012:role/s3-replication"
    rules {
      id     = "all"
      status = "Enabled"
      destination {
        bucket = "arn:aws:s3:::org-records-replica"
      }
    }
  }
}
