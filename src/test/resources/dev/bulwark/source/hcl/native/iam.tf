data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "app" {
  name               = "app-role"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy" "app_logs" {
  name = "app-logs"
  role = aws_iam_role.app.id
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
      "Resource": "arn:aws:logs:*:${data.aws_caller_identity.current.account_id}:log-group:/app/*"
    }
  ]
}
EOF
}

resource "aws_instance" "app" {
  ami           = data.aws_ami.base.id
  instance_type = "t3.micro"
  user_data     = <<-SCRIPT
    #!/bin/bash
    set -euo pipefail
    echo "starting ${var.project}" > /var/log/boot.log
    %{ for pkg in var.packages ~}
    yum install -y ${pkg}
    %{ endfor ~}
    %{ if var.enable_agent }systemctl enable agent%{ else }echo "agent disabled"%{ endif }
    export HOME_DIR=$${HOME}
  SCRIPT

  metadata_options {
    http_tokens   = "required"
    http_endpoint = "enabled"
  }

  root_block_device {
    encrypted   = true
    volume_size = 20
  }
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/${terraform.workspace}"
  retention_in_days = lookup({ prod = 365, staging = 30 }, terraform.workspace, 7)
  kms_key_id        = try(aws_kms_key.logs[0].arn, null)
}

moved {
  from = aws_iam_role.application
  to   = aws_iam_role.app
}

check "health" {
  assert {
    condition     = provider::aws::arn_parse(aws_iam_role.app.arn).service == "iam"
    error_message = "Unexpected \"role\" ARN: \u00e9\t${aws_iam_role.app.arn}"
  }
}
