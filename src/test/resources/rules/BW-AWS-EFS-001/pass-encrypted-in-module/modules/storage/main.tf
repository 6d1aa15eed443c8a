variable "name" {
  type = string
}

variable "encrypt" {
  type    = bool
  default = false
}

resource "aws_kms_key" "efs" {
  description         = "EFS ${var.name}"
  enable_key_rotation = true
}

resource "aws_efs_file_system" "this" {
  creation_token = var.name
  encrypted      = var.encrypt
  kms_key_id     = aws_kms_key.efs.arn
}
