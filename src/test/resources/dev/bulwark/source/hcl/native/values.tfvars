project     = "ledger"
environment = "prod"
extra_tags = {
  CostCenter = "4711"
  "team:owner" = "payments"
}
lifecycle_rules = [
  { id = "expire-tmp", enabled = true, prefix = "tmp/", expire_after_days = 7 },
  { id = "expire-logs", enabled = false, prefix = "logs/", expire_after_days = 90 },
]
packages = ["jq", "awscli"]
ratio = -0.25
