variable "table_arn" {
  type = string
}

resource "aws_iam_policy" "table" {
  name = "table"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "dynamodb:*", Resource = var.table_arn }]
  })
}
