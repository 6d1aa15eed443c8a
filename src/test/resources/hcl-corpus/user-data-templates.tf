locals {
  packages = ["nginx", "jq", "amazon-cloudwatch-agent"]

  user_data = <<-EOT
    #!/bin/bash
    set -euo pipefail
    %{ for pkg in local.packages ~}
    dnf install -y ${pkg}
    %{ endfor ~}
    %{ if var.enable_ssm }
    systemctl enable --now amazon-ssm-agent
    %{ else }
    echo "SSM disabled"
    %{ endif }
    echo "region=${var.region}" > /etc/app.conf
  EOT

  motd = <<EOT
Welcome to ${var.hostname}!
  Managed by Terraform; changes will be overwritten.
EOT

  banner    = "%{ if var.environment == "prod" }PRODUCTION%{ else }${upper(var.environment)}%{ endif }"
  tight     = "[ ${~ var.hostname ~} ]"
  csv       = "%{ for i, n in local.packages }${i > 0 ? "," : ""}${n}%{ endfor }"
  stripped  = <<-EOT
      indented by six
        then eight
    back to four
  EOT
  empty_heredoc = <<EOT
EOT
}

resource "aws_launch_template" "web" {
  name_prefix   = "web-"
  image_id      = data.aws_ami.al2023.id
  instance_type = "t3.medium"
  user_data     = base64encode(local.user_data)

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size           = 30
      volume_type           = "gp3"
      encrypted             = true
      delete_on_termination = true
    }
  }
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

variable "enable_ssm" { default = true }
variable "region" { default = "us-east-1" }
variable "hostname" { default = "web-01" }
variable "environment" { default = "dev" }
