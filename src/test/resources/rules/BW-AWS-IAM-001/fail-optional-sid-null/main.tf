# A policy built from a typed variable: the statement's Sid is an optional attribute left out, so it
# is null in the policy. The rule still names what is wrong (regression test: the finding's message
# used to fall back to the rule's title).
variable "statements" {
  type = list(object({
    sid       = optional(string)
    actions   = list(string)
    resources = list(string)
  }))
  default = [{ actions = ["*"], resources = ["*"] }]
}

resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [for s in var.statements : {
      Sid      = s.sid
      Effect   = "Allow"
      Action   = s.actions
      Resource = s.resources
    }]
  })
}
