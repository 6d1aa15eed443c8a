resource "aws_elb" "shop" {
  name               = "shop"
  availability_zones = ["eu-west-1a", "eu-west-1b"]

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:111122223333:certificate/shop"
  }
}

resource "aws_load_balancer_policy" "tls12" {
  load_balancer_name = aws_elb.shop.name
  policy_name        = "shop-tls12"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_policy" "custom" {
  load_balancer_name = aws_elb.shop.name
  policy_name        = "shop-custom"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  policy_attribute {
    name  = "Protocol-TLSv1.1"
    value = "false"
  }

  policy_attribute {
    name  = "ECDHE-ECDSA-AES128-GCM-SHA256"
    value = "true"
  }
}

resource "aws_load_balancer_listener_policy" "shop_443" {
  load_balancer_name = aws_elb.shop.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.tls12.policy_name]
}
