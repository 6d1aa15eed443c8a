resource "aws_iam_group" "devs" {
  name = "devs"
}

resource "aws_iam_policy_attachment" "readonly" {
  name       = "readonly"
  groups     = [aws_iam_group.devs.name]
  roles      = ["support"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_group_policy_attachment" "devs" {
  group      = aws_iam_group.devs.name
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}
