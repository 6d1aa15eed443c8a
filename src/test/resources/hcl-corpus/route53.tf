resource "aws_route53_zone" "main" {
  name    = "example.com"
  comment = "Managed by Terraform"
}

resource "aws_route53_record" "www" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "www.${aws_route53_zone.main.name}"
  type    = "A"

  alias {
    name                   = var.alb_dns_name
    zone_id                = var.alb_zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "txt" {
  zone_id = aws_route53_zone.main.zone_id
  name    = aws_route53_zone.main.name
  type    = "TXT"
  ttl     = 300
  records = [
    "v=spf1 include:amazonses.com -all",
    "google-site-verification=abc123",
  ]
}

resource "aws_route53_record" "mx" {
  zone_id = aws_route53_zone.main.zone_id
  name    = aws_route53_zone.main.name
  type    = "MX"
  ttl     = 3600
  records = ["10 inbound-smtp.us-east-1.amazonaws.com"]
}

resource "aws_route53_health_check" "api" {
  fqdn              = "api.example.com"
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_query_log" "main" {
  cloudwatch_log_group_arn = var.query_log_group_arn
  zone_id                  = aws_route53_zone.main.zone_id
}

variable "alb_dns_name" { type = string }
variable "alb_zone_id" { type = string }
variable "query_log_group_arn" { type = string }
