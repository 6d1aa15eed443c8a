variable "min_length" {
  type = number
}

resource "aws_iam_account_password_policy" "this" {
  minimum_password_length      = var.min_length
  password_reuse_prevention    = 24
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
}
