# Only an S3 origin: CloudFront reaches it over its own S3 protocol, there is no origin TLS setting to judge.
resource "aws_cloudfront_distribution" "static" {
  enabled = true

  origin {
    domain_name              = "static.s3.eu-west-1.amazonaws.com"
    origin_id                = "static"
    origin_access_control_id = "E2QWRUHAPOMQZL"
  }

  default_cache_behavior {
    target_origin_id       = "static"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
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
