provider "aws" {
  alias  = "dr"
  region = "eu-central-1"
}

resource "aws_s3_bucket" "records" {
  bucket = "org-records"
}

resource "aws_s3_bucket" "records_replica" {
  provider = aws.dr
  bucket   = "org-records-replica"
}

resource "aws_s3_bucket_replication_configuration" "records" {
  bucket = aws_s3_bucket.records.id
  role   = "arn:aws:iam::123456789012:role/s3-replication"

  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket        = aws_s3_bucket.records_replica.arn
      storage_class = "STANDARD_IA"
    }
  }
}
