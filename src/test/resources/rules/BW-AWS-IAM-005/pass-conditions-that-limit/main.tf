resource "aws_iam_role" "source_arn" {
  name = "source-arn"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = "*"
      Condition = { ArnLike = { "aws:SourceArn" = ["arn:aws:lambda:us-east-1:111122223333:function:*"] } }
    }]
  })
}

resource "aws_iam_role" "for_any_value_org" {
  name = "for-any-value-org"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
      Condition = { "ForAnyValue:StringEquals" = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

resource "aws_iam_role" "deny_not_principal" {
  name = "deny-not-principal"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::111122223333:root" } },
      { Effect = "Deny", Action = "sts:AssumeRole", NotPrincipal = { AWS = ["arn:aws:iam::111122223333:root"] } },
    ]
  })
}

data "aws_iam_policy_document" "vpce" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceVpce"
      values   = ["vpce-1a2b3c4d"]
    }
  }
}

resource "aws_iam_role" "vpce" {
  name               = "vpce"
  assume_role_policy = data.aws_iam_policy_document.vpce.json
}

variable "partner_account" {
  type = string
}

# StringEquals compares literally, so the account limits the caller whatever its value turns out to be.
resource "aws_iam_role" "account_from_variable" {
  name = "account-from-variable"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
      Condition = { StringEquals = { "aws:PrincipalAccount" = [var.partner_account] } }
    }]
  })
}
