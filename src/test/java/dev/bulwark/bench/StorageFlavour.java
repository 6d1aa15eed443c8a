package dev.bulwark.bench;

import java.util.Random;

import static dev.bulwark.bench.Tf.fill;
import static dev.bulwark.bench.Tf.mostly;
import static dev.bulwark.bench.Tf.pick;

/** A service on EC2: its buckets (through the team's bucket module), security group, instances or autoscaling group, and permissions. */
final class StorageFlavour {
    private StorageFlavour() {}

    /** Buckets of important data are copied to the disaster-recovery region. */
    private static final String REPLICATION = """
            resource "aws_s3_bucket_replication_configuration" "{{n}}" {
              bucket     = module.{{n}}_buckets.ids["data"]
              role       = "arn:aws:iam::${var.account_id}:role/s3-replication"
              depends_on = [module.{{n}}_buckets]

              rule {
                id     = "all"
                status = "Enabled"
                destination {
                  bucket        = "arn:aws:s3:::${local.{{n}}_name}-data-dr"
                  storage_class = "STANDARD_IA"
                }
              }
            }

            """;

    static String write(String n, Random r, String modules) {
        String tier = pick(r, "web", "data", "batch");
        String head = fill("""
                # Service {{n}}: storage, network access and permissions.
                locals {
                  {{n}}_name = "${var.prefix}-{{n}}"
                  {{n}}_tags = merge(var.tags, {
                    Service = "{{n}}"
                    Tier    = "{{tier}}"
                  })
                  {{n}}_ports = { http = 80, https = 443, app = {{port}} }
                }

                variable "{{n}}_replicas" {
                  type        = number
                  default     = {{replicas}}
                  description = "How many replicas of {{n}} run"
                }

                module "{{n}}_buckets" {
                  source      = "{{modules}}/s3-buckets"
                  name_prefix = local.{{n}}_name
                  tags        = local.{{n}}_tags
                  settings    = { bucket_key_enabled = {{bucketKey}} }

                  buckets = {
                    data = {
                      {{data}}
                    }{{uploads}}
                  }
                }

                {{replication}}resource "aws_security_group" "{{n}}" {
                  name   = local.{{n}}_name
                  vpc_id = var.vpc_id

                  dynamic "ingress" {
                    for_each = local.{{n}}_ports
                    content {
                      description = "${ingress.key} access"
                      from_port   = ingress.value
                      to_port     = ingress.value
                      protocol    = "tcp"
                      cidr_blocks = [for s in var.subnets : s.cidr if s.tier == "private"]
                    }
                  }

                  egress {
                    from_port   = 0
                    to_port     = 0
                    protocol    = "-1"
                    cidr_blocks = ["0.0.0.0/0"]
                  }
                }

                """, "n", n, "tier", tier, "port", String.valueOf(8000 + r.nextInt(1000)),
                "replicas", String.valueOf(1 + r.nextInt(3)), "modules", modules, "bucketKey", mostly(r, "true", "false"),
                "data", dataBucket(n, r), "uploads", r.nextInt(4) == 0 ? UPLOADS : "",
                "replication", r.nextInt(4) == 0 ? fill(REPLICATION, "n", n) : "");
        // Web servers keep no data of their own; data and batch servers get a data volume each.
        String workload = r.nextInt(4) == 0 ? autoscaling(n, r) : instances(n, r, !tier.equals("web"));
        String wideAccess = mostly(r) ? "[\"s3:GetObject\", \"s3:PutObject\"]" : "\"s3:*\"";
        return head + workload + fill("""
                resource "aws_iam_role_policy" "{{n}}" {
                  name   = "{{n}}-access"
                  role   = var.role_name
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [
                      {
                        Effect   = "Allow"
                        Action   = {{actions}}
                        Resource = [for arn in values(module.{{n}}_buckets.arns) : "${arn}/*"]
                      },
                      {
                        Effect   = "Allow"
                        Action   = "kms:Decrypt"
                        Resource = var.kms_key_arn
                      }
                    ]
                  })
                }

                output "{{n}}_bucket" {
                  value = module.{{n}}_buckets.ids["data"]
                }
                """, "n", n, "actions", wideAccess);
    }

    /** The settings of the service's data bucket: only what differs from the module's defaults. */
    private static String dataBucket(String n, Random r) {
        StringBuilder b = new StringBuilder();
        if (mostly(r)) b.append("kms_key_id = var.kms_key_arn\n");
        if (!mostly(r)) b.append("versioning = false\n");
        if (!mostly(r)) b.append("tls_only   = false\n");
        if (mostly(r)) b.append(fill("logging    = { target_bucket = var.access_log_bucket, target_prefix = \"{{n}}/\" }\n", "n", n));
        if (r.nextInt(3) == 0) b.append("readers    = [{ account_id = \"444455556666\", prefix = \"shared/\" }]\n");
        if (r.nextInt(2) == 0) {
            b.append("lifecycle_rules = [\n  { id = \"archive\", transition_days = 90 },\n  { id = \"expire-tmp\", prefix = \"tmp/\", expiration_days = 7 },\n]\n");
        }
        return b.toString().stripTrailing().replace("\n", "\n      ");
    }

    /** Some services take uploads too, in a bucket of their own. */
    private static final String UPLOADS = "\n    uploads = {\n      lifecycle_rules = [{ id = \"expire\", expiration_days = 30 }]\n"
            + "      tags            = { Data = \"uploads\" }\n    }";

    private static String instances(String n, Random r, boolean dataVolumes) {
        String instances = fill("""
                resource "aws_instance" "{{n}}" {
                  count                  = var.{{n}}_replicas
                  ami                    = var.ami_id
                  instance_type          = count.index == 0 ? "m5.large" : "t3.medium"
                  subnet_id              = element(var.subnet_ids, count.index)
                  vpc_security_group_ids = [aws_security_group.{{n}}.id]
                  user_data              = <<-EOT
                    #!/bin/bash
                    echo "starting ${local.{{n}}_name}-${count.index}"
                    systemctl enable --now app
                  EOT

                  root_block_device {
                    volume_type = "gp3"
                    volume_size = {{size}}
                    encrypted   = {{encrypted}}
                  }

                  metadata_options {
                    http_tokens = "{{tokens}}"
                  }
                  tags = merge(local.{{n}}_tags, { Name = format("%s-%02d", local.{{n}}_name, count.index) })
                }

                """, "n", n, "size", pick(r, "20", "30", "50"), "encrypted", mostly(r, "true", "false"),
                "tokens", mostly(r, "required", "optional"));
        if (!dataVolumes) {
            return instances;
        }
        return instances + fill("""
                resource "aws_ebs_volume" "{{n}}_data" {
                  count             = var.{{n}}_replicas
                  availability_zone = aws_instance.{{n}}[count.index].availability_zone
                  size              = {{size}}
                  type              = "gp3"{{encryption}}
                  tags              = local.{{n}}_tags
                }

                resource "aws_volume_attachment" "{{n}}_data" {
                  count       = var.{{n}}_replicas
                  device_name = "/dev/sdf"
                  volume_id   = aws_ebs_volume.{{n}}_data[count.index].id
                  instance_id = aws_instance.{{n}}[count.index].id
                }

                """, "n", n, "size", pick(r, "100", "200", "500"),
                "encryption", mostly(r) ? "\n  encrypted         = true\n  kms_key_id        = var.kms_key_arn" : "");
    }

    /** Older services still scale through launch configurations. */
    private static String autoscaling(String n, Random r) {
        return fill("""
                resource "aws_launch_configuration" "{{n}}" {
                  name_prefix                 = "${local.{{n}}_name}-"
                  image_id                    = var.ami_id
                  instance_type               = "t3.medium"
                  security_groups             = [aws_security_group.{{n}}.id]
                  associate_public_ip_address = {{public}}

                  root_block_device {
                    volume_size = 30
                    encrypted   = {{encrypted}}
                  }

                  metadata_options {
                    http_tokens = "{{tokens}}"
                  }

                  lifecycle {
                    create_before_destroy = true
                  }
                }

                resource "aws_autoscaling_group" "{{n}}" {
                  name_prefix          = "${local.{{n}}_name}-"
                  launch_configuration = aws_launch_configuration.{{n}}.name
                  min_size             = 1
                  max_size             = var.{{n}}_replicas * 2
                  desired_capacity     = var.{{n}}_replicas
                  vpc_zone_identifier  = var.subnet_ids

                  dynamic "tag" {
                    for_each = local.{{n}}_tags
                    content {
                      key                 = tag.key
                      value               = tag.value
                      propagate_at_launch = true
                    }
                  }
                }

                """, "n", n, "public", mostly(r, "false", "true"), "encrypted", mostly(r, "true", "false"),
                "tokens", mostly(r, "required", "optional"));
    }
}
