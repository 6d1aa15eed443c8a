data "aws_iam_policy_document" "ops" {
  statement {
    sid       = "Ops"
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_group_policy" "ops" {
  name   = "ops"
  group  = aws_iam_group.ops.name
  policy = data.aws_iam_policy_document.ops.json
}
