variable "extra_users" {
  type = list(string)
}

resource "aws_iam_policy_attachment" "billing" {
  name       = "billing"
  users      = var.extra_users
  policy_arn = "arn:aws:iam::aws:policy/job-function/Billing"
}
