resource "aws_security_group" "bastion" {
  name        = "${local.name_prefix}-bastion"
  description = "Administrative access"
  vpc_id      = module.network.vpc_id

  dynamic "ingress" {
    for_each = local.admin_ports
    content {
      description = "${upper(ingress.key)} from anywhere"
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "worker" {
  count         = var.worker_count
  ami           = var.worker_ami
  instance_type = "t3.small"
  subnet_id     = module.network.private_subnet_ids[count.index % length(module.network.private_subnet_ids)]

  metadata_options {
    http_tokens   = count.index == 0 ? "required" : "optional"
    http_endpoint = "enabled"
  }

  root_block_device {
    encrypted   = true
    volume_size = 20
  }

  tags = merge(local.common_tags, { Name = format("%s-worker-%02d", local.name_prefix, count.index) })
}

resource "aws_iam_role" "deployer" {
  name = "${local.name_prefix}-deployer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::${var.account_id}:root" }
    }]
  })
}

resource "aws_iam_role_policy" "deployer" {
  name   = "deploy"
  role   = aws_iam_role.deployer.id
  policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": "*",
          "Resource": "*"
        }
      ]
    }
  JSON
}
