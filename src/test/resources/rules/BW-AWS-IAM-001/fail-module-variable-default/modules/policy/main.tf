variable "name" {
  type = string
}

# The default is what gets deployed when the caller does not override it.
variable "actions" {
  type    = list(string)
  default = ["*"]
}

resource "aws_iam_policy" "this" {
  name = var.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = var.actions, Resource = "*" }]
  })
}
