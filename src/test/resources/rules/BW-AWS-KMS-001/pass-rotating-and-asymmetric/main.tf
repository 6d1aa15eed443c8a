variable "rotate_keys" {
  type    = bool
  default = true
}

resource "aws_kms_key" "app" {
  description             = "application data"
  enable_key_rotation     = var.rotate_keys
  rotation_period_in_days = 180
}

resource "aws_kms_key" "default_period" {
  description         = "uses the default yearly rotation"
  enable_key_rotation = true
}

# Asymmetric keys cannot rotate automatically.
resource "aws_kms_key" "signing" {
  description              = "release signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}
