resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_guardduty_detector_feature" "features" {
  for_each    = toset(["S3_DATA_EVENTS", "EKS_AUDIT_LOGS", "RDS_LOGIN_EVENTS"])
  detector_id = aws_guardduty_detector.main.id
  name        = each.key
  status      = "ENABLED"
}
