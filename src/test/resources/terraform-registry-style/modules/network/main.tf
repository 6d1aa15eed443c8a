variable "vpc" {
  type = object({
    cidr_block           = string
    enable_dns_hostnames = optional(bool, true)
    flow_logs            = optional(bool, true)
    tags                 = optional(map(string), {})
  })
}

variable "security_groups" {
  type = map(object({
    description = optional(string, "managed by terraform")
    ingress = optional(map(object({
      from_port   = number
      to_port     = optional(number)
      protocol    = optional(string, "tcp")
      cidr_blocks = optional(list(string), [])
    })), {})
  }))
}

variable "log_bucket" {
  type    = string
  default = null
}

resource "aws_vpc" "this" {
  cidr_block           = var.vpc.cidr_block
  enable_dns_hostnames = var.vpc.enable_dns_hostnames
  tags                 = merge({ Name = "main" }, var.vpc.tags)
}

resource "aws_security_group" "this" {
  for_each = var.security_groups

  name        = each.key
  description = each.value.description
  vpc_id      = aws_vpc.this.id
}

locals {
  ingress_rules = merge([
    for sg, cfg in var.security_groups : {
      for rule, r in cfg.ingress : "${sg}-${rule}" => merge(r, { security_group = sg })
    }
  ]...)
}

resource "aws_vpc_security_group_ingress_rule" "this" {
  for_each = local.ingress_rules

  security_group_id = aws_security_group.this[each.value.security_group].id
  from_port         = each.value.from_port
  to_port           = try(coalesce(each.value.to_port), each.value.from_port)
  ip_protocol       = lookup(each.value, "protocol", "tcp")
  cidr_ipv4         = try(each.value.cidr_blocks[0], null)
}

module "flow_logs" {
  source = "./flow_logs"
  count  = var.vpc.flow_logs ? 1 : 0

  vpc_id      = aws_vpc.this.id
  destination = { bucket = var.log_bucket }
}
