data "aws_ssoadmin_instances" "this" {}

resource "aws_ssoadmin_permission_set" "admins" {
  name         = "Admins"
  instance_arn = tolist(data.aws_ssoadmin_instances.this.arns)[0]
}

resource "aws_ssoadmin_managed_policy_attachment" "admins" {
  instance_arn       = aws_ssoadmin_permission_set.admins.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.admins.arn
  managed_policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

data "aws_iam_policy_document" "operators" {
  statement {
    sid       = "Everything"
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_ssoadmin_permission_set_inline_policy" "operators" {
  instance_arn       = aws_ssoadmin_permission_set.admins.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.admins.arn
  inline_policy      = data.aws_iam_policy_document.operators.json
}
