resource "aws_iam_user" "carol" {
  name = "carol"
}

resource "aws_iam_user_policy_attachment" "carol_readonly" {
  user       = aws_iam_user.carol.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
