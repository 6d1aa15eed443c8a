data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

locals {
  account_root = "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root"
  key_admins   = [for name in var.admin_role_names : "arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/${name}"]
}

resource "aws_kms_key" "data" {
  description              = "Customer data at rest"
  key_usage                = "ENCRYPT_DECRYPT"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  enable_key_rotation      = true
  rotation_period_in_days  = 180
  multi_region             = false
  deletion_window_in_days  = 30

  policy = jsonencode({
    Version = "2012-10-17"
    Id      = "data-key-policy"
    Statement = concat(
      [
        {
          Sid       = "EnableRoot"
          Effect    = "Allow"
          Principal = { AWS = local.account_root }
          Action    = "kms:*"
          Resource  = "*"
        }
      ],
      length(local.key_admins) > 0 ? [
        {
          Sid       = "KeyAdmins"
          Effect    = "Allow"
          Principal = { AWS = local.key_admins }
          Action    = ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"]
          Resource  = "*"
        }
      ] : []
    )
  })
}

resource "aws_kms_alias" "data" {
  name          = "alias/customer-data"
  target_key_id = aws_kms_key.data.key_id
}

resource "aws_kms_grant" "app" {
  name              = "app-grant"
  key_id            = aws_kms_key.data.key_id
  grantee_principal = var.app_role_arn
  operations        = ["Encrypt", "Decrypt", "GenerateDataKey"]

  constraints {
    encryption_context_equals = {
      Department = "Finance"
    }
  }
}

variable "admin_role_names" {
  type    = list(string)
  default = ["SecurityAdmin", "PlatformAdmin"]
}

variable "app_role_arn" { type = string }
