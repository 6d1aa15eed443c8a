locals {
  alarms = {
    high_cpu = {
      metric    = "CPUUtilization"
      threshold = 80
      period    = 300
      stat      = "Average"
    }
    low_memory = {
      metric    = "FreeableMemory"
      threshold = 268435456
      period    = 60
      stat      = "Minimum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "db" {
  for_each            = local.alarms
  alarm_name          = "db-${replace(each.key, "_", "-")}"
  namespace           = "AWS/RDS"
  metric_name         = each.value.metric
  statistic           = each.value.stat
  period              = each.value.period
  evaluation_periods  = 3
  threshold           = each.value.threshold
  comparison_operator = each.key == "low_memory" ? "LessThanThreshold" : "GreaterThanThreshold"
  treat_missing_data  = "breaching"
  alarm_actions       = [var.alarm_topic_arn]
  ok_actions          = [var.alarm_topic_arn]

  dimensions = {
    DBInstanceIdentifier = var.db_instance_id
  }
}

resource "aws_cloudwatch_log_metric_filter" "root_login" {
  name           = "root-account-usage"
  log_group_name = var.trail_log_group
  pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"

  metric_transformation {
    name      = "RootAccountUsage"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_dashboard" "main" {
  dashboard_name = "platform"
  dashboard_body = jsonencode({
    widgets = [
      for i, name in keys(local.alarms) : {
        type   = "metric"
        x      = (i % 2) * 12
        y      = floor(i / 2) * 6
        width  = 12
        height = 6
        properties = {
          title   = title(replace(name, "_", " "))
          metrics = [["AWS/RDS", local.alarms[name].metric, "DBInstanceIdentifier", var.db_instance_id]]
        }
      }
    ]
  })
}

variable "alarm_topic_arn" { type = string }
variable "db_instance_id" { type = string }
variable "trail_log_group" { type = string }
