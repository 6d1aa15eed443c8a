# The orders database and the backups of everything stateful, copied to a second region.
provider "aws" {
  alias  = "dr"
  region = var.dr_region
}

resource "aws_db_subnet_group" "orders" {
  name       = "${local.name_prefix}-orders"
  subnet_ids = module.network.private_subnet_ids
  tags       = local.common_tags
}

resource "aws_db_parameter_group" "orders" {
  name   = "${local.name_prefix}-orders-pg16"
  family = "postgres16"

  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }
}

resource "aws_db_instance" "orders" {
  identifier                          = "${local.name_prefix}-orders"
  engine                              = "postgres"
  engine_version                      = "16.4"
  instance_class                      = "db.m6g.large"
  allocated_storage                   = 100
  db_subnet_group_name                = aws_db_subnet_group.orders.name
  parameter_group_name                = aws_db_parameter_group.orders.name
  username                            = "orders_admin"
  manage_master_user_password         = true
  storage_encrypted                   = true
  kms_key_id                          = aws_kms_key.data.arn
  multi_az                            = true
  backup_retention_period             = 14
  deletion_protection                 = true
  iam_database_authentication_enabled = true
  auto_minor_version_upgrade          = true
  publicly_accessible                 = false
  tags                                = merge(local.common_tags, { backup = "daily" })
}

resource "aws_backup_vault" "main" {
  name        = "${local.name_prefix}-main"
  kms_key_arn = aws_kms_key.data.arn
  tags        = local.common_tags
}

resource "aws_kms_key" "backup_dr" {
  provider                = aws.dr
  description             = "Key for ${local.name_prefix} backup copies"
  deletion_window_in_days = 30
  enable_key_rotation     = true
  tags                    = local.common_tags
}

resource "aws_backup_vault" "dr" {
  provider    = aws.dr
  name        = "${local.name_prefix}-dr"
  kms_key_arn = aws_kms_key.backup_dr.arn
  tags        = local.common_tags
}

resource "aws_backup_plan" "daily" {
  name = "${local.name_prefix}-daily"

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 3 * * ? *)"
    lifecycle {
      delete_after = 35
    }

    copy_action {
      destination_vault_arn = aws_backup_vault.dr.arn
      lifecycle {
        delete_after = 90
      }
    }
  }
}

resource "aws_backup_selection" "tagged" {
  name         = "daily-tagged"
  plan_id      = aws_backup_plan.daily.id
  iam_role_arn = "arn:aws:iam::${var.account_id}:role/backup"

  selection_tag {
    type  = "STRINGEQUALS"
    key   = "backup"
    value = "daily"
  }
}

resource "aws_backup_restore_testing_plan" "quarterly" {
  name                = "quarterly_restore_test"
  schedule_expression = "cron(0 4 1 1,4,7,10 ? *)"

  recovery_point_selection {
    algorithm            = "LATEST_WITHIN_WINDOW"
    include_vaults       = [aws_backup_vault.main.arn]
    recovery_point_types = ["SNAPSHOT"]
  }
}
