resource "aws_api_gateway_domain_name" "edge" {
  domain_name     = "edge.example.com"
  certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/edge"
}
