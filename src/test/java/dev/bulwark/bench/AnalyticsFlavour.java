package dev.bulwark.bench;

import java.util.Random;

import static dev.bulwark.bench.Tf.fill;
import static dev.bulwark.bench.Tf.mostly;
import static dev.bulwark.bench.Tf.pick;

/** Data-platform service files: streaming and messaging, or a warehouse with search and shared files. */
final class AnalyticsFlavour {
    private AnalyticsFlavour() {}

    static String write(String n, Random r) {
        return r.nextBoolean() ? streaming(n, r) : analytics(n, r);
    }

    private static String streaming(String n, Random r) {
        boolean tls = mostly(r);
        String kinesisKey = mostly(r)
                ? "encryption_type  = \"KMS\"\n  kms_key_id       = aws_kms_key." + n + "_stream.arn"
                : "encryption_type  = \"NONE\"";
        return fill("""
                # Service {{n}}: event streaming, messaging and change-data capture.
                resource "aws_kms_key" "{{n}}_stream" {
                  description         = "{{n}} streams and brokers"
                  enable_key_rotation = {{rotation}}
                }

                resource "aws_kinesis_stream" "{{n}}" {
                  name             = "${var.prefix}-{{n}}-events"
                  retention_period = {{hours}}
                  {{kinesisKey}}

                  stream_mode_details {
                    stream_mode = "ON_DEMAND"
                  }
                  tags = var.tags
                }

                resource "aws_security_group" "{{n}}_kafka" {
                  name   = "${var.prefix}-{{n}}-kafka"
                  vpc_id = var.vpc_id

                  ingress {
                    description = "Kafka clients"
                    from_port   = {{kafkaPort}}
                    to_port     = {{kafkaPort}}
                    protocol    = "tcp"
                    cidr_blocks = [var.vpc_cidr]
                  }
                }

                resource "aws_msk_cluster" "{{n}}" {
                  cluster_name           = "${var.prefix}-{{n}}"
                  kafka_version          = "3.6.0"
                  number_of_broker_nodes = 3

                  broker_node_group_info {
                    instance_type   = "kafka.m5.large"
                    client_subnets  = var.subnet_ids
                    security_groups = [aws_security_group.{{n}}_kafka.id]
                    storage_info {
                      ebs_storage_info {
                        volume_size = {{volume}}
                      }
                    }
                  }

                  encryption_info {
                    encryption_at_rest_kms_key_arn = aws_kms_key.{{n}}_stream.arn
                    encryption_in_transit {
                      client_broker = "{{clientBroker}}"
                      in_cluster    = true
                    }
                  }
                }

                resource "aws_mq_broker" "{{n}}" {
                  broker_name                = "${var.prefix}-{{n}}"
                  engine_type                = "RabbitMQ"
                  engine_version             = "3.13"
                  host_instance_type         = "mq.m5.large"
                  deployment_mode            = "CLUSTER_MULTI_AZ"
                  subnet_ids                 = var.subnet_ids
                  publicly_accessible        = false
                  auto_minor_version_upgrade = {{upgrades}}

                  user {
                    username = "app"
                    password = random_password.{{n}}_broker.result
                  }
                }

                resource "random_password" "{{n}}_broker" {
                  length  = 32
                  special = false
                }

                resource "aws_dms_replication_subnet_group" "{{n}}" {
                  replication_subnet_group_id          = "${var.prefix}-{{n}}"
                  replication_subnet_group_description = "{{n}} change-data capture"
                  subnet_ids                           = var.subnet_ids
                }

                resource "aws_dms_replication_instance" "{{n}}" {
                  replication_instance_id     = "${var.prefix}-{{n}}-cdc"
                  replication_instance_class  = "dms.t3.medium"
                  allocated_storage           = 50
                  replication_subnet_group_id = aws_dms_replication_subnet_group.{{n}}.id
                  kms_key_arn                 = aws_kms_key.{{n}}_stream.arn
                  publicly_accessible         = {{public}}
                }
                """, "n", n, "rotation", mostly(r, "true", "false"), "hours", pick(r, "24", "48", "168"), "kinesisKey", kinesisKey,
                "kafkaPort", tls ? "9094" : "9092", "volume", pick(r, "250", "500", "1000"), "clientBroker", tls ? "TLS" : "TLS_PLAINTEXT",
                "upgrades", mostly(r, "true", "false"), "public", mostly(r, "false", "true"));
    }

    private static String analytics(String n, Random r) {
        String vpc = mostly(r) ? fill("""

                  vpc_options {
                    subnet_ids         = var.subnet_ids
                    security_group_ids = [aws_security_group.{{n}}_search.id]
                  }
                """, "n", n) : "";
        String redshiftKey = mostly(r)
                ? "encrypted                 = true\n  kms_key_id                = aws_kms_key." + n + "_analytics.arn"
                : "encrypted                 = false";
        return fill("""
                # Service {{n}}: analytics: warehouse, search domain and shared files.
                resource "aws_kms_key" "{{n}}_analytics" {
                  description         = "{{n}} warehouse, search and files"
                  enable_key_rotation = {{rotation}}
                }

                resource "aws_redshift_subnet_group" "{{n}}" {
                  name       = "${var.prefix}-{{n}}"
                  subnet_ids = var.subnet_ids
                }

                resource "aws_redshift_cluster" "{{n}}" {
                  cluster_identifier                  = "${var.prefix}-{{n}}"
                  database_name                       = "analytics"
                  master_username                     = "analyst"
                  manage_master_password              = true
                  node_type                           = "{{node}}"
                  cluster_type                        = "multi-node"
                  number_of_nodes                     = {{nodes}}
                  cluster_subnet_group_name           = aws_redshift_subnet_group.{{n}}.name
                  {{redshiftKey}}
                  publicly_accessible                 = {{public}}
                  automated_snapshot_retention_period = 7
                  skip_final_snapshot                 = false
                  final_snapshot_identifier           = "${var.prefix}-{{n}}-final"
                }

                resource "aws_security_group" "{{n}}_search" {
                  name   = "${var.prefix}-{{n}}-search"
                  vpc_id = var.vpc_id

                  ingress {
                    from_port   = 443
                    to_port     = 443
                    protocol    = "tcp"
                    cidr_blocks = [var.vpc_cidr]
                  }
                }

                resource "aws_opensearch_domain" "{{n}}" {
                  domain_name    = "{{n}}-search"
                  engine_version = "OpenSearch_2.13"

                  cluster_config {
                    instance_type          = "r6g.large.search"
                    instance_count         = 2
                    zone_awareness_enabled = true
                    zone_awareness_config {
                      availability_zone_count = 2
                    }
                  }

                  ebs_options {
                    ebs_enabled = true
                    volume_size = 100
                    volume_type = "gp3"
                  }

                  encrypt_at_rest {
                    {{atRest}}
                  }

                  node_to_node_encryption {
                    enabled = {{nodeToNode}}
                  }

                  domain_endpoint_options {
                    enforce_https       = true
                    tls_security_policy = "{{tlsPolicy}}"
                  }
                {{vpc}}}

                resource "aws_efs_file_system" "{{n}}" {
                  creation_token   = "${var.prefix}-{{n}}"
                  encrypted        = {{efsEncrypted}}
                  performance_mode = "generalPurpose"
                  throughput_mode  = "elastic"

                  lifecycle_policy {
                    transition_to_ia = "AFTER_30_DAYS"
                  }
                  tags = var.tags
                }
                """, "n", n, "rotation", mostly(r, "true", "false"), "node", pick(r, "ra3.xlplus", "ra3.4xlarge"),
                "nodes", pick(r, "2", "3", "4"), "redshiftKey", redshiftKey, "public", mostly(r, "false", "true"),
                "atRest", mostly(r, "enabled    = true\n    kms_key_id = aws_kms_key." + n + "_analytics.arn", "enabled = false"),
                "nodeToNode", mostly(r, "true", "false"),
                "tlsPolicy", mostly(r, "Policy-Min-TLS-1-2-2019-07", "Policy-Min-TLS-1-0-2019-07"), "vpc", vpc,
                "efsEncrypted", mostly(r, "true", "false"));
    }
}
