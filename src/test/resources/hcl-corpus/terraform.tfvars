# Variable values for the production environment
region       = "us-east-1"
environment  = "prod"
vpc_cidr     = "10.40.0.0/16"
multi_az     = true
db_username  = "app_admin"
log_retention_days = 400

node_groups = {
  general = {
    instance_types = ["m6i.large", "m6a.large"]
    min            = 2
    max            = 10
    labels         = { workload = "general" }
    enabled        = true
  }
  spot = {
    instance_types = ["c6i.xlarge"]
    min            = 0
    max            = 20
    labels         = {}
    enabled        = false
  }
}

admin_role_names = ["SecurityAdmin"]
tags = {
  "cost-center" = "cc-1042"
  Owner         = "platform"
}
secrets = null
