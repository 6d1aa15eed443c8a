package dev.bulwark.bench;

import java.util.Random;

import static dev.bulwark.bench.Tf.fill;
import static dev.bulwark.bench.Tf.mostly;

/**
 * The account baseline each stack starts with: state backend, audit trail, AWS Config, GuardDuty,
 * password policy and default EBS encryption.
 */
final class BaselineFlavour {
    private BaselineFlavour() {}

    static String write(String n, Random r) {
        String lock = mostly(r, "dynamodb_table = \"terraform-locks\"", "use_lockfile   = true");
        return fill("""
                # Account baseline of this stack: state backend, audit trail, Config, GuardDuty and account settings.
                terraform {
                  required_version = ">= 1.10"

                  required_providers {
                    aws = {
                      source  = "hashicorp/aws"
                      version = "~> 5.60"
                    }
                    random = {
                      source  = "hashicorp/random"
                      version = "~> 3.6"
                    }
                  }

                  backend "s3" {
                    bucket         = "acme-terraform-state"
                    key            = "{{n}}/terraform.tfstate"
                    region         = "eu-west-1"
                    encrypt        = {{encrypt}}
                    {{lock}}
                  }
                }

                resource "aws_s3_bucket" "{{n}}_trail" {
                  bucket              = "${var.prefix}-{{n}}-cloudtrail"
                  object_lock_enabled = {{objectLock}}
                  tags                = var.tags
                }

                resource "aws_s3_bucket_policy" "{{n}}_trail" {
                  bucket = aws_s3_bucket.{{n}}_trail.id
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [
                      {
                        Sid       = "CloudTrailAclCheck"
                        Effect    = "Allow"
                        Principal = { Service = "cloudtrail.amazonaws.com" }
                        Action    = "s3:GetBucketAcl"
                        Resource  = aws_s3_bucket.{{n}}_trail.arn
                      },
                      {
                        Sid       = "CloudTrailWrite"
                        Effect    = "Allow"
                        Principal = { Service = "cloudtrail.amazonaws.com" }
                        Action    = "s3:PutObject"
                        Resource  = "${aws_s3_bucket.{{n}}_trail.arn}/AWSLogs/${var.account_id}/*"
                        Condition = { StringEquals = { "s3:x-amz-acl" = "bucket-owner-full-control" } }
                      },
                      {
                        Sid       = "DenyInsecureTransport"
                        Effect    = "Deny"
                        Principal = "*"
                        Action    = "s3:*"
                        Resource  = [aws_s3_bucket.{{n}}_trail.arn, "${aws_s3_bucket.{{n}}_trail.arn}/*"]
                        Condition = { Bool = { "aws:SecureTransport" = "false" } }
                      }
                    ]
                  })
                }

                resource "aws_cloudtrail" "{{n}}" {
                  name                          = "${var.prefix}-{{n}}"
                  s3_bucket_name                = aws_s3_bucket.{{n}}_trail.id
                  is_multi_region_trail         = {{multiRegion}}
                  include_global_service_events = true
                  enable_log_file_validation    = {{validation}}
                  kms_key_id                    = var.kms_key_arn
                  depends_on                    = [aws_s3_bucket_policy.{{n}}_trail]
                }

                resource "aws_config_configuration_recorder" "{{n}}" {
                  name     = "{{n}}"
                  role_arn = "arn:aws:iam::${var.account_id}:role/aws-config"

                  recording_group {
                    all_supported                 = true
                    include_global_resource_types = {{globals}}
                  }
                }

                resource "aws_config_delivery_channel" "{{n}}" {
                  name           = "{{n}}"
                  s3_bucket_name = aws_s3_bucket.{{n}}_trail.bucket
                  s3_key_prefix  = "config"
                  depends_on     = [aws_config_configuration_recorder.{{n}}]
                }

                resource "aws_config_configuration_recorder_status" "{{n}}" {
                  name       = aws_config_configuration_recorder.{{n}}.name
                  is_enabled = {{recording}}
                  depends_on = [aws_config_delivery_channel.{{n}}]
                }

                resource "aws_guardduty_detector" "{{n}}" {
                  enable                       = {{guardDuty}}
                  finding_publishing_frequency = "FIFTEEN_MINUTES"
                }

                resource "aws_guardduty_detector_feature" "{{n}}" {
                  for_each    = toset({{features}})
                  detector_id = aws_guardduty_detector.{{n}}.id
                  name        = each.key
                  status      = "ENABLED"
                }

                resource "aws_iam_account_password_policy" "{{n}}" {
                  minimum_password_length        = {{length}}
                  password_reuse_prevention      = 24
                  require_lowercase_characters   = true
                  require_uppercase_characters   = true
                  require_numbers                = true
                  require_symbols                = true
                  allow_users_to_change_password = true
                  max_password_age               = 90
                }

                resource "aws_ebs_encryption_by_default" "{{n}}" {
                  enabled = {{ebsDefault}}
                }
                """, "n", n, "encrypt", mostly(r, "true", "false"), "lock", lock, "objectLock", mostly(r, "true", "false"),
                "multiRegion", mostly(r, "true", "false"), "validation", mostly(r, "true", "false"),
                "globals", mostly(r, "true", "false"), "recording", mostly(r, "true", "false"),
                "features", mostly(r, "[\"S3_DATA_EVENTS\", \"EKS_AUDIT_LOGS\"]", "[\"S3_DATA_EVENTS\"]"),
                "length", mostly(r, "14", "8"), "guardDuty", mostly(r, "true", "false"), "ebsDefault", mostly(r, "true", "false"));
    }
}
