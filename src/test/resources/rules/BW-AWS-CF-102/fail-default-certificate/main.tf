resource "aws_cloudfront_distribution" "preview" {
  enabled = true

  origin {
    domain_name = "preview.s3.eu-west-1.amazonaws.com"
    origin_id   = "preview"
  }

  default_cache_behavior {
    target_origin_id       = "preview"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
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
