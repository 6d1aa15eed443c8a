package dev.bulwark.bench;

import java.util.Random;

/**
 * Writes realistic Terraform module files: the mix of blocks, nested blocks, locals, for_each,
 * dynamic blocks, heredoc policies and templates seen in AWS modules. Deterministic for a seed.
 */
public final class RealisticModules {
    private RealisticModules() {}

    public static String file(int index, long seed) {
        Random r = new Random(seed + index);
        StringBuilder sb = new StringBuilder(8192);
        String n = "svc" + index;
        sb.append("# Service ").append(n).append(": storage, network access and permissions.\n");
        sb.append("locals {\n  ").append(n).append("_name = \"${var.prefix}-").append(n).append("\"\n");
        sb.append("  ").append(n).append("_tags = merge(var.tags, {\n    Service = \"").append(n).append("\"\n    Tier    = \"")
                .append(r.nextBoolean() ? "web" : "data").append("\"\n  })\n");
        sb.append("  ").append(n).append("_ports = { http = 80, https = 443, app = ").append(8000 + r.nextInt(1000)).append(" }\n}\n\n");
        sb.append("variable \"").append(n).append("_replicas\" {\n  type        = number\n  default     = ")
                .append(1 + r.nextInt(5)).append("\n  description = \"How many replicas of ").append(n).append(" run\"\n}\n\n");
        sb.append("resource \"aws_s3_bucket\" \"").append(n).append("\" {\n  bucket = \"${local." + n + "_name}-data\"\n  tags   = local." + n + "_tags\n}\n\n");
        sb.append("resource \"aws_s3_bucket_server_side_encryption_configuration\" \"").append(n).append("\" {\n")
                .append("  bucket = aws_s3_bucket.").append(n).append(".id\n  rule {\n    apply_server_side_encryption_by_default {\n")
                .append("      sse_algorithm     = \"aws:kms\"\n      kms_master_key_id = var.kms_key_arn\n    }\n  }\n}\n\n");
        sb.append("resource \"aws_security_group\" \"").append(n).append("\" {\n  name   = local." + n + "_name\n  vpc_id = var.vpc_id\n\n")
                .append("  dynamic \"ingress\" {\n    for_each = local." + n + "_ports\n    content {\n")
                .append("      description = \"${ingress.key} access\"\n      from_port   = ingress.value\n")
                .append("      to_port     = ingress.value\n      protocol    = \"tcp\"\n")
                .append("      cidr_blocks = [for s in var.subnets : s.cidr if s.tier == \"private\"]\n    }\n  }\n\n")
                .append("  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = \"-1\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n\n");
        sb.append("resource \"aws_instance\" \"").append(n).append("\" {\n  count         = var.").append(n).append("_replicas\n")
                .append("  ami           = var.ami_id\n  instance_type = count.index == 0 ? \"m5.large\" : \"t3.medium\"\n")
                .append("  subnet_id     = element(var.subnet_ids, count.index)\n  user_data     = <<-EOT\n")
                .append("    #!/bin/bash\n    echo \"starting ${local." + n + "_name}-${count.index}\"\n    systemctl enable --now app\n  EOT\n\n")
                .append("  metadata_options {\n    http_tokens = \"required\"\n  }\n  tags = merge(local." + n + "_tags, { Name = format(\"%s-%02d\", local." + n + "_name, count.index) })\n}\n\n");
        sb.append("resource \"aws_iam_role_policy\" \"").append(n).append("\" {\n  name   = \"").append(n).append("-access\"\n")
                .append("  role   = var.role_name\n  policy = jsonencode({\n    Version = \"2012-10-17\"\n    Statement = [\n")
                .append("      {\n        Effect   = \"Allow\"\n        Action   = [\"s3:GetObject\", \"s3:PutObject\"]\n")
                .append("        Resource = [\"${aws_s3_bucket.").append(n).append(".arn}/*\"]\n      },\n")
                .append("      {\n        Effect   = \"Allow\"\n        Action   = \"kms:Decrypt\"\n        Resource = var.kms_key_arn\n      }\n    ]\n  })\n}\n\n");
        sb.append("output \"").append(n).append("_bucket\" {\n  value = aws_s3_bucket.").append(n).append(".id\n}\n");
        return sb.toString();
    }

    /** The variables every generated service file uses. */
    public static String variables() {
        return """
                variable "prefix" {
                  type    = string
                  default = "acme"
                }
                variable "tags" {
                  type    = map(string)
                  default = { Owner = "platform" }
                }
                variable "kms_key_arn" {
                  type    = string
                  default = "arn:aws:kms:eu-west-1:111122223333:key/abc"
                }
                variable "vpc_id" {
                  type    = string
                  default = "vpc-123"
                }
                variable "subnets" {
                  type = list(object({ cidr = string, tier = string }))
                  default = [
                    { cidr = "10.0.1.0/24", tier = "private" },
                    { cidr = "10.0.2.0/24", tier = "public" },
                  ]
                }
                variable "subnet_ids" {
                  type    = list(string)
                  default = ["subnet-1", "subnet-2"]
                }
                variable "ami_id" {
                  type    = string
                  default = "ami-123"
                }
                variable "role_name" {
                  type    = string
                  default = "app"
                }
                """;
    }
}
