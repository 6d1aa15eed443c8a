resource "aws_sns_topic" "alerts" {
  name   = "alerts"
  policy = templatefile("${path.module}/topic-policy.json.tftpl", { topic = "alerts", region = var.region })
}

variable "region" {
  type = string
}
