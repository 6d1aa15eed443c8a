variable "ebs_default_encryption" {
  type = bool
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = var.ebs_default_encryption
}
