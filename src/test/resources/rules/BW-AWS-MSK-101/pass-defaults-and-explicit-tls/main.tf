resource "aws_msk_cluster" "defaults" {
  cluster_name           = "defaults"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0a1", "subnet-0b2", "subnet-0c3"]
    security_groups = ["sg-0kafka"]
  }
}

resource "aws_msk_cluster" "explicit" {
  cluster_name           = "explicit"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0a1", "subnet-0b2", "subnet-0c3"]
    security_groups = ["sg-0kafka"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/kafka"
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }
}
