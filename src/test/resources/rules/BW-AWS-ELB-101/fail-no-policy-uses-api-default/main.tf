resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1"]
}

# No ssl_policy: the API default ELBSecurityPolicy-2016-08 still accepts TLS 1.0.
resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.edge.arn
  port              = 8443
  protocol          = "TLS"
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/edge"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/edge/1"
  }
}
