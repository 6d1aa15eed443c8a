resource "aws_lb" "app" {
  name               = "app"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1", "subnet-0b2"]
}

# No protocol on an Application Load Balancer listener means HTTP.
resource "aws_lb_listener" "front" {
  load_balancer_arn = aws_lb.app.arn
  port              = 8080

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/app/1"
  }
}
