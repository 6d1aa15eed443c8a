# A small AWS platform: a network module, central logging, an application bucket and its IAM, a
# PostgreSQL database, and backups copied to a second region.
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
  backend "s3" {
    bucket         = "acme-terraform-state"
    key            = "platform/terraform.tfstate"
    region         = "eu-west-1"
    encrypt        = true
    dynamodb_table = "terraform-locks"
  }
}

provider "aws" {
  region = var.region
}

locals {
  name_prefix = "${var.project}-${var.environment}"
  common_tags = merge(var.extra_tags, {
    Project     = var.project
    Environment = var.environment
    ManagedBy   = "terraform"
  })
  admin_ports = {
    ssh = 22
    rdp = 3389
  }
}

module "network" {
  source = "./modules/network"

  name       = local.name_prefix
  cidr_block = var.vpc_cidr
  azs        = var.availability_zones
  tags       = local.common_tags
}

module "logging" {
  source = "./modules/logging"

  bucket_name    = "${local.name_prefix}-logs"
  retention_days = var.log_retention_days
  tags           = local.common_tags
}

# Fetched from the registry by `terraform init`; Bulwark reads it only from .terraform/modules.
module "dns" {
  source  = "terraform-aws-modules/route53/aws//modules/zones"
  version = "~> 3.0"

  zones = {
    "${var.project}.example.com" = {}
  }
}
