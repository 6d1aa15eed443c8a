package dev.bulwark.bench;

import java.util.Random;

import static dev.bulwark.bench.Tf.fill;
import static dev.bulwark.bench.Tf.mostly;
import static dev.bulwark.bench.Tf.pick;

/** A container platform: EKS cluster, node launch template and image repositories. */
final class ContainerFlavour {
    private ContainerFlavour() {}

    static String write(String n, Random r) {
        String encryption = mostly(r) ? fill("""

                  encryption_config {
                    resources = ["secrets"]
                    provider {
                      key_arn = aws_kms_key.{{n}}_eks.arn
                    }
                  }
                """, "n", n) : "";
        return fill("""
                # Service {{n}}: container platform: EKS cluster, node launch template and image repositories.
                resource "aws_kms_key" "{{n}}_eks" {
                  description         = "EKS secrets and images of {{n}}"
                  enable_key_rotation = {{rotation}}
                }

                resource "aws_eks_cluster" "{{n}}" {
                  name     = "${var.prefix}-{{n}}"
                  role_arn = "arn:aws:iam::${var.account_id}:role/eks-cluster"
                  version  = "{{version}}"

                  vpc_config {
                    subnet_ids              = var.subnet_ids
                    endpoint_private_access = true
                    endpoint_public_access  = {{publicEndpoint}}
                  }
                {{encryption}}
                  enabled_cluster_log_types = {{logTypes}}
                }

                resource "aws_launch_template" "{{n}}_nodes" {
                  name_prefix   = "${var.prefix}-{{n}}-nodes-"
                  image_id      = var.ami_id
                  instance_type = "{{nodeType}}"

                  block_device_mappings {
                    device_name = "/dev/xvda"
                    ebs {
                      volume_size = 50
                      volume_type = "gp3"
                      encrypted   = {{encrypted}}
                    }
                  }

                  metadata_options {
                    http_endpoint               = "enabled"
                    http_tokens                 = "{{tokens}}"
                    http_put_response_hop_limit = 2
                  }

                  network_interfaces {
                    associate_public_ip_address = false
                  }
                }

                resource "aws_eks_node_group" "{{n}}" {
                  cluster_name    = aws_eks_cluster.{{n}}.name
                  node_group_name = "default"
                  node_role_arn   = "arn:aws:iam::${var.account_id}:role/eks-node"
                  subnet_ids      = var.subnet_ids

                  scaling_config {
                    desired_size = 3
                    max_size     = 6
                    min_size     = 2
                  }

                  launch_template {
                    id      = aws_launch_template.{{n}}_nodes.id
                    version = aws_launch_template.{{n}}_nodes.latest_version
                  }
                }

                resource "aws_ecr_repository" "{{n}}" {
                  for_each             = toset(["api", "worker"])
                  name                 = "${var.prefix}/{{n}}-${each.key}"
                  image_tag_mutability = "IMMUTABLE"

                  image_scanning_configuration {
                    scan_on_push = {{scan}}
                  }

                  encryption_configuration {
                    encryption_type = "KMS"
                    kms_key         = aws_kms_key.{{n}}_eks.arn
                  }
                }

                resource "aws_ecr_repository_policy" "{{n}}" {
                  for_each   = aws_ecr_repository.{{n}}
                  repository = each.value.name
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "PullFromWorkloadAccounts"
                      Effect    = "Allow"
                      Principal = { AWS = {{puller}} }
                      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]
                    }]
                  })
                }
                """, "n", n, "rotation", mostly(r, "true", "false"), "version", pick(r, "1.29", "1.30", "1.31"),
                "publicEndpoint", mostly(r, "false", "true"), "encryption", encryption,
                "logTypes", mostly(r, "[\"api\", \"audit\", \"authenticator\"]", "[\"api\"]"),
                "nodeType", pick(r, "m6i.large", "m7g.large", "c6i.xlarge"), "encrypted", mostly(r, "true", "false"),
                "tokens", mostly(r, "required", "optional"), "scan", mostly(r, "true", "false"),
                "puller", mostly(r, "\"arn:aws:iam::${var.account_id}:root\"", "\"*\""));
    }
}
