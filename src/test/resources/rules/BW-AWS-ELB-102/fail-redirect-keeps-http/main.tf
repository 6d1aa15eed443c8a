# A redirect that keeps the request's own protocol (the default "#{protocol}") stays on HTTP.
resource "aws_alb_listener" "http" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/1"
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      host        = "www.example.com"
      status_code = "HTTP_301"
    }
  }
}
