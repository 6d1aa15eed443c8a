resource "aws_iam_account_password_policy" "this" {
  minimum_password_length      = 16
  password_reuse_prevention    = 5
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
}
