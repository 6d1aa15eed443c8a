# The trusted principal is another role's ARN, assigned by AWS at apply: one role, never "*".
resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "codebuild.amazonaws.com" } }]
  })
}

resource "aws_iam_role" "deploy" {
  name               = "deploy"
  assume_role_policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "Allow", "Action": "sts:AssumeRole", "Principal": { "AWS": "${aws_iam_role.ci.arn}" } }]
}
EOT
}
