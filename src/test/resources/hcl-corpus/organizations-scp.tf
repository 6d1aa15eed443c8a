resource "aws_organizations_policy" "deny_regions" {
  name        = "deny-unapproved-regions"
  description = "Deny actions outside approved regions"
  type        = "SERVICE_CONTROL_POLICY"

  content = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "DenyOutsideApprovedRegions",
          "Effect": "Deny",
          "NotAction": ["iam:*", "organizations:*", "sts:*", "support:*"],
          "Resource": "*",
          "Condition": {
            "StringNotEquals": {
              "aws:RequestedRegion": ${jsonencode(var.approved_regions)}
            }
          }
        }
      ]
    }
  JSON
}

resource "aws_organizations_policy" "protect_trail" {
  name = "protect-cloudtrail"
  type = "SERVICE_CONTROL_POLICY"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Deny"
      Action   = ["cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "cloudtrail:UpdateTrail"]
      Resource = "*"
    }]
  })
}

resource "aws_organizations_policy_attachment" "root" {
  for_each  = { for p in [aws_organizations_policy.deny_regions, aws_organizations_policy.protect_trail] : p.name => p.id }
  policy_id = each.value
  target_id = var.root_id
}

variable "approved_regions" {
  type    = list(string)
  default = ["us-east-1", "us-west-2", "eu-west-1"]
}
variable "root_id" { type = string }
