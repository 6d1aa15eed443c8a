resource "aws_s3_bucket" "logs" {
  for_each = toset(["app", "audit"])
  bucket   = "acme-${each.key}-logs"
}

resource "aws_s3_bucket_policy" "logs" {
  for_each = aws_s3_bucket.logs
  bucket   = each.value.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action    = "s3:*"
      Resource  = [each.value.arn, "${each.value.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = false } }
    }]
  })
}
