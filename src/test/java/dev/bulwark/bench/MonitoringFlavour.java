package dev.bulwark.bench;

import java.util.Random;

import static dev.bulwark.bench.Tf.fill;
import static dev.bulwark.bench.Tf.mostly;
import static dev.bulwark.bench.Tf.pick;

/** Log groups, alarms notifying a topic, and a work queue with its dead-letter queue. */
final class MonitoringFlavour {
    private MonitoringFlavour() {}

    static String write(String n, Random r) {
        String publisher = mostly(r, "{ Service = \"cloudwatch.amazonaws.com\" }", "{ AWS = \"*\" }");
        return fill("""
                # Service {{n}}: logs, alarms and notifications.
                locals {
                  {{n}}_alarms = {
                    cpu    = { namespace = "AWS/EC2", metric = "CPUUtilization", threshold = 80 }
                    errors = { namespace = "AWS/ApplicationELB", metric = "HTTPCode_Target_5XX_Count", threshold = 25 }
                  }
                }

                resource "aws_cloudwatch_log_group" "{{n}}" {
                  for_each          = toset(["app", "worker", "audit"])
                  name              = "/${var.prefix}/{{n}}/${each.key}"
                  retention_in_days = each.key == "audit" ? 400 : {{retention}}{{key}}
                  tags              = var.tags
                }

                resource "aws_sns_topic" "{{n}}_alerts" {
                  name{{topicKey}}
                }

                resource "aws_sns_topic_policy" "{{n}}_alerts" {
                  arn = aws_sns_topic.{{n}}_alerts.arn
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "CloudWatchAlarms"
                      Effect    = "Allow"
                      Principal = {{publisher}}
                      Action    = "SNS:Publish"
                      Resource  = aws_sns_topic.{{n}}_alerts.arn
                    }]
                  })
                }

                resource "aws_cloudwatch_metric_alarm" "{{n}}" {
                  for_each            = local.{{n}}_alarms
                  alarm_name          = "${var.prefix}-{{n}}-${each.key}"
                  namespace           = each.value.namespace
                  metric_name         = each.value.metric
                  statistic           = "{{statistic}}"
                  period              = 300
                  evaluation_periods  = 3
                  threshold           = each.value.threshold
                  comparison_operator = "GreaterThanThreshold"
                  alarm_actions       = {{actions}}
                  treat_missing_data  = "notBreaching"
                }

                resource "aws_sqs_queue" "{{n}}_dlq" {
                  name                      = "${var.prefix}-{{n}}-dlq"
                  message_retention_seconds = 1209600
                  sqs_managed_sse_enabled   = true
                }

                resource "aws_sqs_queue" "{{n}}" {
                  name                       = "${var.prefix}-{{n}}-events"
                  visibility_timeout_seconds = 60
                  {{queueKey}}
                  redrive_policy = jsonencode({
                    deadLetterTargetArn = aws_sqs_queue.{{n}}_dlq.arn
                    maxReceiveCount     = 5
                  })
                }
                """, "n", n, "retention", mostly(r, "var.log_retention_days", pick(r, "30", "90")),
                "key", mostly(r) ? "\n  kms_key_id        = var.kms_key_arn" : "",
                "topicKey", mostly(r) ? "              = \"${var.prefix}-" + n + "-alerts\"\n  kms_master_key_id = \"alias/aws/sns\""
                        : " = \"${var.prefix}-" + n + "-alerts\"",
                "publisher", publisher, "statistic", pick(r, "Average", "Maximum"),
                "actions", mostly(r, "[aws_sns_topic." + n + "_alerts.arn]", "[]"),
                "queueKey", mostly(r, "kms_master_key_id          = var.kms_key_arn", "sqs_managed_sse_enabled    = false"));
    }
}
