resource "aws_cloudfront_distribution" "site" {
  enabled = true

  origin {
    domain_name = "site.example.com"
    origin_id   = "site"
  }

  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

resource "aws_cloudwatch_log_delivery_source" "site" {
  name         = "site-access-logs"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.site.arn
}

resource "aws_cloudwatch_log_delivery_destination" "logs" {
  name = "cdn-logs"
  delivery_destination_configuration {
    destination_resource_arn = "arn:aws:s3:::org-cdn-logs"
  }
}

resource "aws_cloudwatch_log_delivery" "site" {
  delivery_source_name     = aws_cloudwatch_log_delivery_source.site.name
  delivery_destination_arn = aws_cloudwatch_log_delivery_destination.logs.arn
}
