resource "aws_iam_role" "root_like" {
  name = "root-like"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } },
      { Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:role/ci" } }
    ]
  })
}

resource "aws_iam_role_policy" "root_like" {
  name   = "all"
  role   = aws_iam_role.root_like.id
  policy = jsonencode({ Version = "2012-10-17", Statement = { Effect = "Allow", Action = "*", Resource = "*" } })
}
