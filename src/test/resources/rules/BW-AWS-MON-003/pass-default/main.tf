resource "aws_guardduty_detector" "main" {
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}
