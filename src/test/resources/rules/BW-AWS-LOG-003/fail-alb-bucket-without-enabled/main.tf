resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1", "subnet-0b2"]

  access_logs {
    bucket = "org-lb-logs"
    prefix = "web"
  }
}
