resource "aws_subnet" "search_a" {
  vpc_id     = "vpc-0a1b2c3d"
  cidr_block = "10.40.1.0/24"
}

resource "aws_subnet" "search_b" {
  vpc_id     = "vpc-0a1b2c3d"
  cidr_block = "10.40.2.0/24"
}

resource "aws_security_group" "search" {
  name   = "search"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type          = "r6g.large.search"
    instance_count         = 2
    zone_awareness_enabled = true
  }

  vpc_options {
    subnet_ids         = [aws_subnet.search_a.id, aws_subnet.search_b.id]
    security_group_ids = [aws_security_group.search.id]
  }
}
