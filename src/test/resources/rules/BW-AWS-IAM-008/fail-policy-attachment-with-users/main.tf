resource "aws_iam_group" "devs" {
  name = "devs"
}

resource "aws_iam_policy_attachment" "readonly" {
  name       = "readonly"
  groups     = [aws_iam_group.devs.name]
  users      = ["dave", "erin"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
