variable "tls_policy" {
  type = string
}

resource "aws_apigatewayv2_domain_name" "http" {
  domain_name = "http.example.com"

  domain_name_configuration {
    certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/http"
    endpoint_type   = "REGIONAL"
    security_policy = var.tls_policy
  }
}
