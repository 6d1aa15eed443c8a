// IAM roles for the application tier, with inline and managed policies.

data "aws_iam_policy_document" "assume_ec2" {
  statement {
    sid     = "AllowEC2Assume"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [var.bucket_arn, "${var.bucket_arn}/*"]

    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalTag/team"
      values   = [var.team]
    }
  }

  statement {
    effect    = "Deny"
    actions   = ["s3:DeleteObject"]
    resources = ["*"]
  }
}

resource "aws_iam_role" "app" {
  name               = "${var.team}-app-role"
  assume_role_policy = data.aws_iam_policy_document.assume_ec2.json
  max_session_duration = 3600
  path               = "/service/"
}

resource "aws_iam_role_policy" "app" {
  name   = "app-inline"
  role   = aws_iam_role.app.id
  policy = data.aws_iam_policy_document.app.json
}

resource "aws_iam_role_policy" "legacy" {
  name = "legacy-heredoc"
  role = aws_iam_role.app.id

  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
      "Resource": "arn:aws:logs:*:*:log-group:/app/${var.team}:*"
    }
  ]
}
POLICY
}

resource "aws_iam_role_policy_attachment" "ssm" {
  for_each   = toset(["AmazonSSMManagedInstanceCore", "CloudWatchAgentServerPolicy"])
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/${each.key}"
}

resource "aws_iam_instance_profile" "app" {
  name = aws_iam_role.app.name
  role = aws_iam_role.app.name
}

resource "aws_iam_policy" "boundary" {
  name = "permission-boundary"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Deny"
        Action   = ["iam:CreateUser", "iam:CreateAccessKey"]
        Resource = "*"
      },
      {
        Effect    = "Allow"
        Action    = "*"
        Resource  = "*"
        Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
      },
    ]
  })
}

variable "bucket_arn" { type = string }
variable "team" { type = string }
