package dev.bulwark.bench;

import java.util.Random;

import static dev.bulwark.bench.Tf.fill;
import static dev.bulwark.bench.Tf.mostly;
import static dev.bulwark.bench.Tf.pick;

/** A relational database (RDS instance or Aurora cluster) with its key, parameters, security group and credentials. */
final class DatabaseFlavour {
    private DatabaseFlavour() {}

    /** One engine's names: the parameter that forces TLS and its on/off values differ between engines. */
    private record Engine(String name, String version, String family, int port, String tlsParameter, String on, String off, String logs) {}

    private static final Engine POSTGRES = new Engine("postgres", "16.3", "postgres16", 5432,
            "rds.force_ssl", "1", "0", "[\"postgresql\"]");
    private static final Engine MYSQL = new Engine("mysql", "8.0.36", "mysql8.0", 3306,
            "require_secure_transport", "ON", "OFF", "[\"audit\", \"error\", \"slowquery\"]");

    static String write(String n, Random r) {
        Engine e = r.nextBoolean() ? POSTGRES : MYSQL;
        // Encrypted with the database's own key, with the RDS default key, or not at all.
        String storage = "storage_encrypted               = " + (mostly(r)
                ? "true" + (mostly(r) ? "\n  kms_key_id                      = aws_kms_key." + n + "_db.arn" : "")
                : "false");
        String logs = mostly(r) ? "\n  enabled_cloudwatch_logs_exports = " + e.logs() : "";
        String head = fill("""
                # Service {{n}}: relational database with its key, parameters and credentials.
                locals {
                  {{n}}_db_name = "${var.prefix}-{{n}}"
                  {{n}}_port    = {{port}}
                }

                resource "aws_kms_key" "{{n}}_db" {
                  description             = "{{n}} database storage and secrets"
                  deletion_window_in_days = 30
                  enable_key_rotation     = {{rotation}}
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [
                      {
                        Sid       = "AccountAdministration"
                        Effect    = "Allow"
                        Principal = { AWS = "arn:aws:iam::${var.account_id}:root" }
                        Action    = "kms:*"
                        Resource  = "*"
                      },
                      {
                        Sid       = "UseThroughRds"
                        Effect    = "Allow"
                        Principal = { AWS = "*" }
                        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
                        Resource  = "*"{{keyCondition}}
                      }
                    ]
                  })
                }

                resource "aws_db_subnet_group" "{{n}}" {
                  name       = local.{{n}}_db_name
                  subnet_ids = var.subnet_ids
                }

                resource "aws_security_group" "{{n}}_db" {
                  name   = "${local.{{n}}_db_name}-db"
                  vpc_id = var.vpc_id

                  ingress {
                    description = "{{engine}} clients"
                    from_port   = local.{{n}}_port
                    to_port     = local.{{n}}_port
                    protocol    = "tcp"
                    cidr_blocks = [{{clients}}]
                  }
                }

                """, "n", n, "port", String.valueOf(e.port()), "rotation", mostly(r, "true", "false"), "engine", e.name(),
                "clients", mostly(r, "var.vpc_cidr", "\"0.0.0.0/0\""),
                "keyCondition", mostly(r) ? "\n        Condition = { StringEquals = { \"kms:CallerAccount\" = var.account_id,"
                        + " \"kms:ViaService\" = \"rds.eu-west-1.amazonaws.com\" } }" : "");
        String db = r.nextBoolean() ? instance(n, r, e, storage, logs) : cluster(n, r, e, storage, logs);
        String rotation = mostly(r) ? fill("""

                resource "aws_secretsmanager_secret_rotation" "{{n}}_app" {
                  secret_id           = aws_secretsmanager_secret.{{n}}_app.id
                  rotation_lambda_arn = var.rotation_lambda_arn

                  rotation_rules {
                    automatically_after_days = {{days}}
                  }
                }
                """, "n", n, "days", pick(r, "30", "60", "180")) : "";
        return head + db + fill("""
                resource "aws_secretsmanager_secret" "{{n}}_app" {
                  name                    = "${var.prefix}/{{n}}/app-credentials"
                  description             = "Credentials the {{n}} application signs in with"
                  recovery_window_in_days = 7{{key}}
                }
                """, "n", n, "key", mostly(r) ? "\n  kms_key_id              = aws_kms_key." + n + "_db.arn" : "") + rotation;
    }

    private static String instance(String n, Random r, Engine e, String storage, String logs) {
        int gb = 50 * (1 + r.nextInt(8));
        return fill("""
                resource "aws_db_parameter_group" "{{n}}" {
                  name   = local.{{n}}_db_name
                  family = "{{family}}"

                  parameter {
                    name         = "{{tls}}"
                    value        = "{{tlsValue}}"
                    apply_method = "pending-reboot"
                  }
                }

                resource "aws_db_instance" "{{n}}" {
                  identifier                      = local.{{n}}_db_name
                  engine                          = "{{engine}}"
                  engine_version                  = "{{version}}"
                  instance_class                  = "{{class}}"
                  allocated_storage               = {{gb}}
                  max_allocated_storage           = {{maxGb}}
                  db_name                         = "app"
                  username                        = "app"
                  manage_master_user_password     = true
                  db_subnet_group_name            = aws_db_subnet_group.{{n}}.name
                  vpc_security_group_ids          = [aws_security_group.{{n}}_db.id]
                  parameter_group_name            = aws_db_parameter_group.{{n}}.name
                  multi_az                        = true
                  {{storage}}
                  publicly_accessible             = {{public}}
                  backup_retention_period         = {{retention}}
                  deletion_protection             = {{protection}}
                  auto_minor_version_upgrade      = {{upgrades}}
                  final_snapshot_identifier       = "${local.{{n}}_db_name}-final"{{logs}}
                  tags                            = var.tags
                }

                """, "n", n, "family", e.family(), "tls", e.tlsParameter(), "tlsValue", mostly(r, e.on(), e.off()),
                "engine", e.name(), "version", e.version(), "class", pick(r, "db.t4g.medium", "db.m6g.large", "db.r6g.large"),
                "gb", String.valueOf(gb), "maxGb", String.valueOf(gb * 4), "storage", storage, "public", mostly(r, "false", "true"),
                "retention", mostly(r, "14", "1"), "protection", mostly(r, "true", "false"), "upgrades", mostly(r, "true", "false"),
                "logs", logs);
    }

    private static String cluster(String n, Random r, Engine e, String storage, String logs) {
        boolean pg = e == POSTGRES;
        return fill("""
                resource "aws_rds_cluster_parameter_group" "{{n}}" {
                  name   = local.{{n}}_db_name
                  family = "{{family}}"

                  parameter {
                    name  = "{{tls}}"
                    value = "{{tlsValue}}"
                  }
                }

                resource "aws_rds_cluster" "{{n}}" {
                  cluster_identifier              = local.{{n}}_db_name
                  engine                          = "{{engine}}"
                  engine_version                  = "{{version}}"
                  database_name                   = "app"
                  master_username                 = "app"
                  manage_master_user_password     = true
                  db_subnet_group_name            = aws_db_subnet_group.{{n}}.name
                  vpc_security_group_ids          = [aws_security_group.{{n}}_db.id]
                  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.{{n}}.name
                  {{storage}}
                  backup_retention_period         = {{retention}}
                  preferred_backup_window         = "02:00-03:00"
                  deletion_protection             = {{protection}}{{logs}}
                }

                resource "aws_rds_cluster_instance" "{{n}}" {
                  count                      = 2
                  identifier                 = "${local.{{n}}_db_name}-${count.index}"
                  cluster_identifier         = aws_rds_cluster.{{n}}.id
                  instance_class             = "{{class}}"
                  engine                     = aws_rds_cluster.{{n}}.engine
                  engine_version             = aws_rds_cluster.{{n}}.engine_version
                  publicly_accessible        = {{public}}
                  auto_minor_version_upgrade = {{upgrades}}
                }

                """, "n", n, "family", pg ? "aurora-postgresql16" : "aurora-mysql8.0", "tls", e.tlsParameter(),
                "tlsValue", mostly(r, e.on(), e.off()), "engine", pg ? "aurora-postgresql" : "aurora-mysql",
                "version", pg ? "16.2" : "8.0.mysql_aurora.3.05.2", "storage", storage, "retention", mostly(r, "35", "3"),
                "protection", mostly(r, "true", "false"), "logs", logs,
                "class", pick(r, "db.r6g.large", "db.r7g.large"), "public", mostly(r, "false", "true"), "upgrades", mostly(r, "true", "false"));
    }
}
