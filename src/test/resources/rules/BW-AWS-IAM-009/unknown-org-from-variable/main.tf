variable "principal" {
  type = string
}

resource "aws_kms_key" "k" {
  description = "k"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.principal }
      Action    = "kms:Decrypt"
      Resource  = "*"
    }]
  })
}
