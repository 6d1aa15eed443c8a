# Conditions that hold for some caller in any account: the statement stays public.
resource "aws_iam_role" "if_exists" {
  name = "if-exists"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = {
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = "*"
      # True when the request carries no aws:SourceAccount, as a direct call does not.
      Condition = { StringEqualsIfExists = { "aws:SourceAccount" = "111122223333" } }
    }
  })
}

resource "aws_iam_role" "for_all_values" {
  name = "for-all-values"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = ["sts:AssumeRole"]
      Principal = { AWS = ["*"] }
      # True when the caller belongs to no organization.
      Condition = { "ForAllValues:StringEquals" = { "aws:PrincipalOrgID" = ["o-a1b2c3d4e5"] } }
    }]
  })
}

resource "aws_iam_role" "any_account_arn" {
  name = "any-account-arn"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
      Condition = { ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*" } }
    }]
  })
}

data "aws_iam_policy_document" "wildcard_in_list" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    # A test matches when any of its values matches.
    condition {
      test     = "StringLike"
      variable = "aws:PrincipalAccount"
      values   = ["111122223333", "*"]
    }
  }
}

resource "aws_iam_role" "wildcard_in_list" {
  name               = "wildcard-in-list"
  assume_role_policy = data.aws_iam_policy_document.wildcard_in_list.json
}
