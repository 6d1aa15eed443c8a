# NotAction in a Deny is the usual way to force MFA: this is fine.
resource "aws_iam_group_policy" "require_mfa" {
  name  = "require-mfa"
  group = "humans"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyWithoutMfa"
        Effect    = "Deny"
        NotAction = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "sts:GetSessionToken"]
        Resource  = "*"
        Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
      },
      {
        Effect    = "Allow"
        NotAction = "s3:DeleteBucket"
        Resource  = "arn:aws:s3:::team-scratch"
      }
    ]
  })
}
