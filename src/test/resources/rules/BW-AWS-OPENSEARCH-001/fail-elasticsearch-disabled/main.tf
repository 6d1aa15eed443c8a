resource "aws_elasticsearch_domain" "logs" {
  domain_name           = "logs"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled = false
  }
}
