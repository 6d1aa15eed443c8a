variable "key_status" {
  type = string
}

resource "aws_iam_access_key" "rotating" {
  user   = "rotating"
  status = var.key_status
}
