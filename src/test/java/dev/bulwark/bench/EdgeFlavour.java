package dev.bulwark.bench;

import java.util.Random;

import static dev.bulwark.bench.Tf.fill;
import static dev.bulwark.bench.Tf.mostly;
import static dev.bulwark.bench.Tf.pick;

/** A public entry point: load balancer with TLS listeners and a CDN in front of it, or a classic ELB. */
final class EdgeFlavour {
    private EdgeFlavour() {}

    static String write(String n, Random r) {
        String head = fill("""
                # Service {{n}}: public entry point: load balancer, TLS listeners and CDN.
                locals {
                  {{n}}_domain = "{{n}}.${var.zone_name}"
                }

                resource "aws_security_group" "{{n}}_lb" {
                  name   = "${var.prefix}-{{n}}-lb"
                  vpc_id = var.vpc_id

                  dynamic "ingress" {
                    for_each = toset([80, 443])
                    content {
                      from_port        = ingress.value
                      to_port          = ingress.value
                      protocol         = "tcp"
                      cidr_blocks      = ["0.0.0.0/0"]
                      ipv6_cidr_blocks = ["::/0"]
                    }
                  }
                }

                """, "n", n);
        return head + (mostly(r) ? application(n, r) + distribution(n, r) : classic(n, r));
    }

    private static String application(String n, Random r) {
        String http = mostly(r) ? """
                    type = "redirect"
                    redirect {
                      port        = "443"
                      protocol    = "HTTPS"
                      status_code = "HTTP_301"
                    }
                """.stripTrailing() : fill("""
                    type             = "forward"
                    target_group_arn = aws_lb_target_group.{{n}}.arn
                """, "n", n).stripTrailing();
        return fill("""
                resource "aws_lb" "{{n}}" {
                  name                       = "${var.prefix}-{{n}}"
                  load_balancer_type         = "application"
                  security_groups            = [aws_security_group.{{n}}_lb.id]
                  subnets                    = var.public_subnet_ids
                  drop_invalid_header_fields = true
                  enable_deletion_protection = true

                  access_logs {
                    bucket  = var.access_log_bucket
                    prefix  = "{{n}}"
                    enabled = {{logs}}
                  }
                }

                resource "aws_lb_target_group" "{{n}}" {
                  name        = "${var.prefix}-{{n}}"
                  port        = 8080
                  protocol    = "HTTP"
                  target_type = "ip"
                  vpc_id      = var.vpc_id

                  health_check {
                    path    = "/healthz"
                    matcher = "200"
                  }
                }

                resource "aws_lb_listener" "{{n}}_http" {
                  load_balancer_arn = aws_lb.{{n}}.arn
                  port              = 80
                  protocol          = "HTTP"

                  default_action {
                {{http}}
                  }
                }

                resource "aws_lb_listener" "{{n}}_https" {
                  load_balancer_arn = aws_lb.{{n}}.arn
                  port              = 443
                  protocol          = "HTTPS"
                  ssl_policy        = "{{sslPolicy}}"
                  certificate_arn   = var.certificate_arn

                  default_action {
                    type             = "forward"
                    target_group_arn = aws_lb_target_group.{{n}}.arn
                  }
                }

                """, "n", n, "logs", mostly(r, "true", "false"), "http", http,
                "sslPolicy", mostly(r, pick(r, "ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"),
                        pick(r, "ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-TLS-1-1-2017-01")));
    }

    private static String distribution(String n, Random r) {
        String logging = mostly(r) ? fill("""

                  logging_config {
                    bucket          = "${var.access_log_bucket}.s3.amazonaws.com"
                    prefix          = "cdn/{{n}}/"
                    include_cookies = false
                  }
                """, "n", n) : "";
        return fill("""
                resource "aws_cloudfront_distribution" "{{n}}" {
                  enabled         = true
                  is_ipv6_enabled = true
                  comment         = "{{n}} edge"
                  aliases         = [local.{{n}}_domain]
                  price_class     = "PriceClass_100"

                  origin {
                    domain_name = aws_lb.{{n}}.dns_name
                    origin_id   = "alb"
                    custom_origin_config {
                      http_port              = 80
                      https_port             = 443
                      origin_protocol_policy = "{{originPolicy}}"
                      origin_ssl_protocols   = {{originTls}}
                    }
                  }

                  default_cache_behavior {
                    target_origin_id         = "alb"
                    viewer_protocol_policy   = "{{viewerPolicy}}"
                    allowed_methods          = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
                    cached_methods           = ["GET", "HEAD"]
                    cache_policy_id          = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
                    origin_request_policy_id = "216adef6-5c7f-47e4-b989-5492eafa07d3"
                  }

                  dynamic "ordered_cache_behavior" {
                    for_each = toset(["/static/*", "/assets/*"])
                    content {
                      path_pattern           = ordered_cache_behavior.value
                      target_origin_id       = "alb"
                      viewer_protocol_policy = "https-only"
                      allowed_methods        = ["GET", "HEAD"]
                      cached_methods         = ["GET", "HEAD"]
                      cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
                      compress               = true
                    }
                  }
                {{logging}}
                  restrictions {
                    geo_restriction {
                      restriction_type = "none"
                    }
                  }

                  viewer_certificate {
                    acm_certificate_arn      = var.cdn_certificate_arn
                    ssl_support_method       = "sni-only"
                    minimum_protocol_version = "{{minTls}}"
                  }
                }
                """, "n", n, "originPolicy", mostly(r, "https-only", "match-viewer"),
                "originTls", mostly(r, "[\"TLSv1.2\"]", "[\"TLSv1\", \"TLSv1.1\", \"TLSv1.2\"]"),
                "viewerPolicy", mostly(r, "redirect-to-https", "allow-all"), "logging", logging,
                "minTls", mostly(r, "TLSv1.2_2021", pick(r, "TLSv1.1_2016", "TLSv1")));
    }

    /** A legacy classic load balancer with an attached TLS negotiation policy. */
    private static String classic(String n, Random r) {
        String plain = r.nextBoolean() ? """

                  listener {
                    instance_port     = 8080
                    instance_protocol = "http"
                    lb_port           = 80
                    lb_protocol       = "http"
                  }
                """ : "";
        return fill("""
                resource "aws_elb" "{{n}}" {
                  name                      = "${var.prefix}-{{n}}"
                  subnets                   = var.public_subnet_ids
                  security_groups           = [aws_security_group.{{n}}_lb.id]
                  cross_zone_load_balancing = true
                  connection_draining       = true

                  listener {
                    instance_port      = 8080
                    instance_protocol  = "http"
                    lb_port            = 443
                    lb_protocol        = "https"
                    ssl_certificate_id = var.certificate_arn
                  }
                {{plain}}
                  health_check {
                    healthy_threshold   = 2
                    unhealthy_threshold = 2
                    timeout             = 3
                    target              = "HTTP:8080/healthz"
                    interval            = 30
                  }

                  access_logs {
                    bucket        = var.access_log_bucket
                    bucket_prefix = "{{n}}"
                    enabled       = {{logs}}
                  }
                }

                resource "aws_load_balancer_policy" "{{n}}_tls" {
                  load_balancer_name = aws_elb.{{n}}.name
                  policy_name        = "{{n}}-tls"
                  policy_type_name   = "SSLNegotiationPolicyType"

                  policy_attribute {
                    name  = "Reference-Security-Policy"
                    value = "{{policy}}"
                  }
                }

                resource "aws_load_balancer_listener_policy" "{{n}}_443" {
                  load_balancer_name = aws_elb.{{n}}.name
                  load_balancer_port = 443
                  policy_names       = [aws_load_balancer_policy.{{n}}_tls.policy_name]
                }
                """, "n", n, "plain", plain, "logs", mostly(r, "true", "false"),
                "policy", mostly(r, "ELBSecurityPolicy-TLS-1-2-2017-01", "ELBSecurityPolicy-2016-08"));
    }
}
