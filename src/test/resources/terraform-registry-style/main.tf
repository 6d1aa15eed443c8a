# A root module calling local modules the way public registry modules are written for Terraform 1.3+:
# typed object variables with optional attributes, for_each over them, try/lookup and nested modules.
module "buckets" {
  source = "./modules/bucket"

  name_prefix = "acme"
  buckets = {
    logs = {
      versioning = true
      lifecycle_rules = [
        { id = "expire", expiration_days = 90 },
        { id = "archive", transition = { days = 30 } },
      ]
    }
    assets = {
      force_destroy = true
      tags          = { team = "web" }
    }
    scratch = {
      create = false
    }
  }
}

module "network" {
  source = "./modules/network"

  vpc = {
    cidr_block = "10.0.0.0/16"
  }
  security_groups = {
    web = {
      description = "web tier"
      ingress = {
        https = { from_port = 443, cidr_blocks = ["0.0.0.0/0"] }
        ssh   = { from_port = "22", protocol = "tcp", cidr_blocks = ["10.0.0.0/8"] }
      }
    }
    db = {}
  }
  log_bucket = module.buckets.ids["logs"]
}
