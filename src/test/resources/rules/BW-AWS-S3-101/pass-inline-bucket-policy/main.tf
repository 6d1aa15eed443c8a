resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::acme-legacy", "arn:aws:s3:::acme-legacy/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
