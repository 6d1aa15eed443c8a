resource "aws_s3_bucket" "lb_logs" {
  bucket = "org-lb-logs"
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1", "subnet-0b2"]

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    prefix  = "web"
    enabled = true
  }
}

resource "aws_elb" "legacy" {
  name               = "legacy"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }

  # enabled defaults to true for classic load balancers
  access_logs {
    bucket = aws_s3_bucket.lb_logs.id
  }
}

resource "aws_lb" "inspection" {
  name               = "inspection"
  load_balancer_type = "gateway"
  subnets            = ["subnet-0a1"]
}
