data "aws_iam_policy_document" "iam_ops" {
  statement {
    sid       = "RoleAdmin"
    actions   = ["iam:Pass*", "iam:GetRole"]
    resources = ["arn:aws:iam::123456789012:role/*"]
  }
}

resource "aws_iam_policy" "iam_ops" {
  name   = "iam-ops"
  policy = data.aws_iam_policy_document.iam_ops.json
}
