module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 20.0"

  cluster_name    = "${var.name}-eks"
  cluster_version = "1.30"

  cluster_endpoint_public_access       = false
  cluster_endpoint_private_access      = true
  cluster_enabled_log_types            = ["api", "audit", "authenticator"]

  vpc_id     = var.vpc_id
  subnet_ids = var.private_subnet_ids

  eks_managed_node_groups = {
    for name, group in var.node_groups : name => {
      instance_types = group.instance_types
      min_size       = group.min
      max_size       = group.max
      desired_size   = group.min
      labels         = merge(group.labels, { "node-group" = name })
    } if group.enabled
  }

  cluster_encryption_config = {
    resources        = ["secrets"]
    provider_key_arn = var.kms_key_arn
  }

  tags = local.common_tags
}

variable "node_groups" {
  type = map(object({
    instance_types = list(string)
    min            = number
    max            = number
    labels         = map(string)
    enabled        = bool
  }))
}

locals {
  common_tags = {
    Project     = var.name
    Environment = var.environment
  }

  # Group node group names by their first instance type.
  groups_by_type = { for name, g in var.node_groups : g.instance_types[0] => name... }

  enabled_group_names = [for name, g in var.node_groups : name if g.enabled]
  total_max           = sum([for g in values(var.node_groups) : g.max])
}

variable "name" { type = string }
variable "environment" { type = string }
variable "vpc_id" { type = string }
variable "private_subnet_ids" { type = list(string) }
variable "kms_key_arn" { type = string }

output "cluster_endpoint" {
  value     = module.eks.cluster_endpoint
  sensitive = true
}
