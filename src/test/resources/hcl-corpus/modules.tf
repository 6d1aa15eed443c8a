provider "aws" {
  alias  = "us_west"
  region = "us-west-2"
}

provider "aws" {
  alias  = "replica"
  region = "eu-central-1"

  assume_role {
    role_arn     = "arn:aws:iam::123456789012:role/terraform"
    session_name = "terraform-replica"
  }
}

module "network" {
  source = "./modules/network"

  cidr        = "10.0.0.0/16"
  environment = var.environment
  azs         = ["us-west-2a", "us-west-2b"]

  providers = {
    aws = aws.us_west
  }
}

module "buckets" {
  source   = "git::https://example.com/terraform-modules.git//s3?ref=v1.4.0"
  for_each = var.buckets

  name          = each.key
  versioning    = each.value.versioning
  replica_region = try(each.value.replica_region, null)

  providers = {
    aws         = aws
    aws.replica = aws.replica
  }

  depends_on = [module.network]
}

module "optional_monitoring" {
  source = "./modules/monitoring"
  count  = var.enable_monitoring ? 1 : 0

  alarm_topic = one(aws_sns_topic.alarms[*].arn)
}

resource "aws_sns_topic" "alarms" {
  count = var.enable_monitoring ? 1 : 0
  name  = "alarms"
  kms_master_key_id = "alias/aws/sns"
}

variable "environment" { type = string }
variable "buckets" {
  type = map(object({
    versioning     = bool
    replica_region = optional(string)
  }))
  default = {}
}
variable "enable_monitoring" {
  type    = bool
  default = false
}

output "vpc_id" {
  value       = module.network.vpc_id
  description = "The VPC created by the network module"
}

output "bucket_arns" {
  value = { for k, m in module.buckets : k => m.arn }
}
