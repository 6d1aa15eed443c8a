package dev.bulwark.bench;

import java.util.Random;

import static dev.bulwark.bench.Tf.fill;
import static dev.bulwark.bench.Tf.mostly;

/** Network service files: a VPC with tiered subnets, flow logs, ACLs and a bastion security group. */
final class NetworkFlavour {
    private NetworkFlavour() {}

    static String write(String n, Random r) {
        String flowLog = mostly(r) ? fill("""

                resource "aws_flow_log" "{{n}}" {
                  vpc_id               = aws_vpc.{{n}}.id
                  traffic_type         = "ALL"
                  log_destination_type = "s3"
                  log_destination      = "arn:aws:s3:::${var.access_log_bucket}/flow/{{n}}/"
                }
                """, "n", n) : "";
        // The default group either stays empty (Terraform then removes AWS's rules) or keeps the usual self rule.
        String defaultRules = mostly(r) ? "" : """

                  ingress {
                    protocol  = -1
                    self      = true
                    from_port = 0
                    to_port   = 0
                  }
                """;
        return fill("""
                # Service {{n}}: a VPC with tiered subnets, flow logs, ACLs and administrative access.
                locals {
                  {{n}}_cidr = "10.{{octet}}.0.0/16"
                  {{n}}_subnets = {
                    public-a  = { index = 0, tier = "public", az = "eu-west-1a" }
                    public-b  = { index = 1, tier = "public", az = "eu-west-1b" }
                    private-a = { index = 10, tier = "private", az = "eu-west-1a" }
                    private-b = { index = 11, tier = "private", az = "eu-west-1b" }
                  }
                }

                resource "aws_vpc" "{{n}}" {
                  cidr_block           = local.{{n}}_cidr
                  enable_dns_support   = true
                  enable_dns_hostnames = true
                  tags                 = merge(var.tags, { Name = "${var.prefix}-{{n}}" })
                }

                resource "aws_subnet" "{{n}}" {
                  for_each                = local.{{n}}_subnets
                  vpc_id                  = aws_vpc.{{n}}.id
                  cidr_block              = cidrsubnet(local.{{n}}_cidr, 8, each.value.index)
                  availability_zone       = each.value.az
                  map_public_ip_on_launch = {{publicIp}}
                  tags                    = merge(var.tags, { Name = "${var.prefix}-{{n}}-${each.key}", Tier = each.value.tier })
                }
                {{flowLog}}
                resource "aws_default_security_group" "{{n}}" {
                  vpc_id = aws_vpc.{{n}}.id
                {{defaultRules}}}

                resource "aws_network_acl" "{{n}}_public" {
                  vpc_id     = aws_vpc.{{n}}.id
                  subnet_ids = [for k, s in aws_subnet.{{n}} : s.id if local.{{n}}_subnets[k].tier == "public"]

                  dynamic "ingress" {
                    for_each = [{ rule = 100, port = 443 }, { rule = 110, port = 80 }, { rule = 120, port = 22 }]
                    content {
                      rule_no    = ingress.value.rule
                      action     = "allow"
                      protocol   = "tcp"
                      cidr_block = ingress.value.port == 22 ? {{sshSource}} : "0.0.0.0/0"
                      from_port  = ingress.value.port
                      to_port    = ingress.value.port
                    }
                  }

                  egress {
                    rule_no    = 100
                    action     = "allow"
                    protocol   = "-1"
                    cidr_block = "0.0.0.0/0"
                    from_port  = 0
                    to_port    = 0
                  }
                }

                resource "aws_security_group" "{{n}}_bastion" {
                  name        = "${var.prefix}-{{n}}-bastion"
                  description = "Administrative access"
                  vpc_id      = aws_vpc.{{n}}.id
                }

                resource "aws_vpc_security_group_ingress_rule" "{{n}}_ssh" {
                  security_group_id = aws_security_group.{{n}}_bastion.id
                  cidr_ipv4         = {{bastionSource}}
                  ip_protocol       = "tcp"
                  from_port         = 22
                  to_port           = 22
                }

                resource "aws_security_group_rule" "{{n}}_egress" {
                  type              = "egress"
                  security_group_id = aws_security_group.{{n}}_bastion.id
                  from_port         = 0
                  to_port           = 0
                  protocol          = "-1"
                  cidr_blocks       = ["0.0.0.0/0"]
                }
                """, "n", n, "octet", String.valueOf(r.nextInt(250)), "publicIp", mostly(r, "each.value.tier == \"public\"", "true"),
                "flowLog", flowLog, "defaultRules", defaultRules, "sshSource", mostly(r, "var.admin_cidr", "\"0.0.0.0/0\""),
                "bastionSource", mostly(r, "var.admin_cidr", "\"0.0.0.0/0\""));
    }
}
