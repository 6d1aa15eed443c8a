variable "alarm_topics" {
  type    = list(string)
  default = []
}

resource "aws_cloudwatch_composite_alarm" "service_down" {
  alarm_name    = "service-down"
  alarm_rule    = "ALARM(api-5xx) AND ALARM(orders-cpu-high)"
  alarm_actions = var.alarm_topics
}
