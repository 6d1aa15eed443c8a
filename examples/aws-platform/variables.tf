variable "project" {
  type        = string
  description = "Short project name used in resource names"
}

variable "environment" {
  type    = string
  default = "dev"
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "account_id" {
  type        = string
  description = "The AWS account that may assume the deployer role"
}

variable "vpc_cidr" {
  type    = string
  default = "10.20.0.0/16"
}

variable "availability_zones" {
  type    = list(string)
  default = ["eu-west-1a", "eu-west-1b"]
}

variable "teams" {
  type    = list(string)
  default = []
}

variable "worker_count" {
  type    = number
  default = 1
}

variable "worker_ami" {
  type        = string
  description = "AMI for workers; looked up by the pipeline"
}

variable "log_retention_days" {
  type    = number
  default = 90
}

variable "extra_tags" {
  type    = map(string)
  default = {}
}

variable "dr_region" {
  type        = string
  description = "Region that holds the copies of backups"
  default     = "eu-central-1"
}
