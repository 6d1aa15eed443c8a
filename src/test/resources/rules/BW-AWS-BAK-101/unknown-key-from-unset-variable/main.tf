variable "vault_key_arn" {
  type = string
}

resource "aws_backup_vault" "main" {
  name        = "main"
  kms_key_arn = var.vault_key_arn
}
