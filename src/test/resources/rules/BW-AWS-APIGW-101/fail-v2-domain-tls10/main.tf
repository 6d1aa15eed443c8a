resource "aws_apigatewayv2_domain_name" "ws" {
  domain_name = "ws.example.com"

  domain_name_configuration {
    certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/ws"
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_0"
  }
}
