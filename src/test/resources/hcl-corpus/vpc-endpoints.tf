locals {
  interface_services = toset(["ssm", "ssmmessages", "ec2messages", "logs", "kms", "secretsmanager"])
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id            = var.vpc_id
  service_name      = "com.amazonaws.${var.region}.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = var.route_table_ids

  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject", "s3:PutObject", "s3:ListBucket"]
      Resource  = ["arn:aws:s3:::acme-*", "arn:aws:s3:::acme-*/*"]
    }]
  })
}

resource "aws_vpc_endpoint" "interface" {
  for_each            = local.interface_services
  vpc_id              = var.vpc_id
  service_name        = "com.amazonaws.${var.region}.${each.key}"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = var.subnet_ids
  security_group_ids  = [aws_security_group.endpoints.id]
  private_dns_enabled = true
}

resource "aws_security_group" "endpoints" {
  name   = "vpc-endpoints"
  vpc_id = var.vpc_id

  ingress {
    description = "HTTPS from the VPC"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [var.vpc_cidr]
  }
}

output "endpoint_dns" {
  value = { for svc, ep in aws_vpc_endpoint.interface : svc => ep.dns_entry[0].dns_name }
}

output "endpoint_ids" {
  value = values(aws_vpc_endpoint.interface)[*].id
}

variable "vpc_id" { type = string }
variable "region" { type = string }
variable "route_table_ids" { type = list(string) }
variable "subnet_ids" { type = list(string) }
variable "vpc_cidr" { type = string }
