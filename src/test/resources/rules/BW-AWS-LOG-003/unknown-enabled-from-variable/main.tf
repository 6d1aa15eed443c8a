variable "access_logs_enabled" {
  type = bool
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0a1", "subnet-0b2"]

  access_logs {
    bucket  = "org-lb-logs"
    enabled = var.access_logs_enabled
  }
}
