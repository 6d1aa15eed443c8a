variable "effect" {
  type = string
}

resource "aws_iam_policy" "toggle" {
  name = "toggle"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = var.effect, NotAction = "iam:*", Resource = "*" }]
  })
}
