variable "enable_rotation" {
  type = bool
}

resource "aws_kms_key" "app" {
  description         = "application data"
  enable_key_rotation = var.enable_rotation
}
