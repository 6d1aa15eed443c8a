resource "aws_elasticsearch_domain" "logs" {
  domain_name           = "logs"
  elasticsearch_version = "7.10"

  node_to_node_encryption {
    enabled = false
  }
}
