resource "aws_guardduty_detector" "main" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}

resource "aws_guardduty_detector_feature" "features" {
  for_each    = toset(["S3_DATA_EVENTS", "EKS_AUDIT_LOGS", "EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS"])
  detector_id = aws_guardduty_detector.main.id
  name        = each.value
  status      = "ENABLED"
}

resource "aws_config_configuration_recorder" "main" {
  name     = "default"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_delivery_channel" "main" {
  name           = "default"
  s3_bucket_name = "acme-config-history"
  sns_topic_arn  = null

  snapshot_delivery_properties {
    delivery_frequency = "TwentyFour_Hours"
  }

  depends_on = [aws_config_configuration_recorder.main]
}

resource "aws_config_config_rule" "managed" {
  for_each = {
    s3-bucket-ssl-requests-only        = "S3_BUCKET_SSL_REQUESTS_ONLY"
    encrypted-volumes                  = "ENCRYPTED_VOLUMES"
    rds-storage-encrypted              = "RDS_STORAGE_ENCRYPTED"
    iam-password-policy                = "IAM_PASSWORD_POLICY"
    cloudtrail-enabled                 = "CLOUD_TRAIL_ENABLED"
  }

  name = each.key

  source {
    owner             = "AWS"
    source_identifier = each.value
  }

  depends_on = [aws_config_configuration_recorder.main]
}

resource "aws_securityhub_account" "main" {}

resource "aws_securityhub_standards_subscription" "cis" {
  standards_arn = "arn:aws:securityhub:${var.region}::standards/cis-aws-foundations-benchmark/v/1.4.0"
  depends_on    = [aws_securityhub_account.main]
}

resource "aws_iam_role" "config" {
  name                = "aws-config"
  assume_role_policy  = data.aws_iam_policy_document.config_assume.json
  managed_policy_arns = ["arn:aws:iam::aws:policy/service-role/AWS_ConfigRole"]
}

data "aws_iam_policy_document" "config_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["config.amazonaws.com"]
    }
  }
}

variable "region" { default = "us-east-1" }
