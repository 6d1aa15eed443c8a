resource "aws_kms_key" "ebs" {
  description = "ebs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
        Condition = {
          StringEquals = {
            "kms:CallerAccount" = "123456789012"
            "kms:ViaService"    = "ec2.eu-west-1.amazonaws.com"
          }
        }
      }
    ]
  })
}

resource "aws_kms_key" "default_policy" {
  description = "uses the default key policy"
}
