resource "aws_iam_access_key" "legacy" {
  user   = "legacy-integration"
  status = "Inactive"
}
