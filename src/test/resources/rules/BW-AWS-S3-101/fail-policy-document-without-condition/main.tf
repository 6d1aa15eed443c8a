resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
}

# Grants readers access but never refuses plain HTTP.
data "aws_iam_policy_document" "reports" {
  statement {
    sid       = "AllowReaders"
    effect    = "Allow"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.reports.arn}/*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/report-reader"]
    }
  }
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = data.aws_iam_policy_document.reports.json
}
