locals {
  policies = {
    readonly = ["s3:GetObject", "s3:ListBucket"]
    admin    = ["*"]
  }
}

resource "aws_iam_policy" "team" {
  for_each = local.policies
  name     = "team-${each.key}"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = each.value, Resource = "*" }]
  })
}
