variable "alarm_topics" {
  type = list(string)
}

resource "aws_cloudwatch_metric_alarm" "cpu" {
  alarm_name          = "orders-cpu-high"
  namespace           = "AWS/EC2"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 2
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = var.alarm_topics
}
