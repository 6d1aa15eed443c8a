resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "TlsOnly",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "*",
      "Resource": ["arn:aws:s3:::acme-site", "arn:aws:s3:::acme-site/*"],
      "Condition": { "BoolIfExists": { "aws:SecureTransport": "false" } }
    }
  ]
}
POLICY
}
