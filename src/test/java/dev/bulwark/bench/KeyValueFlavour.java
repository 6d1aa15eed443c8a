package dev.bulwark.bench;

import java.util.Random;

import static dev.bulwark.bench.Tf.fill;
import static dev.bulwark.bench.Tf.mostly;
import static dev.bulwark.bench.Tf.pick;

/** DynamoDB tables and an ElastiCache replication group, some with a memcached fragment cache. */
final class KeyValueFlavour {
    private KeyValueFlavour() {}

    static String write(String n, Random r) {
        String[] tables = {"orders", "sessions", "carts", "profiles", "inventory", "events"};
        String first = tables[r.nextInt(3)];
        String second = tables[3 + r.nextInt(3)];
        String width = "%-" + Math.max(first.length(), second.length()) + "s";
        String sse = mostly(r) ? fill("""

                  server_side_encryption {
                    enabled     = true
                    kms_key_arn = aws_kms_key.{{n}}_data.arn
                  }
                """, "n", n) : "";
        String memcached = r.nextBoolean() ? fill("""

                resource "aws_elasticache_cluster" "{{n}}_fragments" {
                  cluster_id                 = "${var.prefix}-{{n}}-fragments"
                  engine                     = "memcached"
                  node_type                  = "cache.t4g.micro"
                  num_cache_nodes            = 2
                  parameter_group_name       = "default.memcached1.6"
                  port                       = 11211
                  subnet_group_name          = aws_elasticache_subnet_group.{{n}}.name
                  transit_encryption_enabled = {{transit}}
                }
                """, "n", n, "transit", mostly(r, "true", "false")) : "";
        boolean valkey = r.nextBoolean();
        return fill("""
                # Service {{n}}: key-value tables and a cache in front of them.
                locals {
                  {{n}}_tables = {
                    {{first}} = { hash_key = "id", range_key = "created_at" }
                    {{second}} = { hash_key = "id", range_key = null }
                  }
                }

                resource "aws_kms_key" "{{n}}_data" {
                  description         = "{{n}} tables and cache"
                  enable_key_rotation = {{rotation}}
                }

                resource "aws_dynamodb_table" "{{n}}" {
                  for_each     = local.{{n}}_tables
                  name         = "${var.prefix}-{{n}}-${each.key}"
                  billing_mode = "PAY_PER_REQUEST"
                  hash_key     = each.value.hash_key
                  range_key    = each.value.range_key

                  attribute {
                    name = each.value.hash_key
                    type = "S"
                  }

                  dynamic "attribute" {
                    for_each = each.value.range_key == null ? [] : [each.value.range_key]
                    content {
                      name = attribute.value
                      type = "S"
                    }
                  }
                {{sse}}
                  point_in_time_recovery {
                    enabled = {{pitr}}
                  }

                  ttl {
                    attribute_name = "expires_at"
                    enabled        = true
                  }
                  tags = var.tags
                }

                resource "aws_elasticache_subnet_group" "{{n}}" {
                  name       = "${var.prefix}-{{n}}"
                  subnet_ids = var.subnet_ids
                }

                resource "aws_elasticache_replication_group" "{{n}}" {
                  replication_group_id       = "${var.prefix}-{{n}}"
                  description                = "{{n}} read cache"
                  engine                     = "{{engine}}"
                  engine_version             = "{{version}}"
                  node_type                  = "{{node}}"
                  num_cache_clusters         = 2
                  port                       = 6379
                  automatic_failover_enabled = true
                  subnet_group_name          = aws_elasticache_subnet_group.{{n}}.name
                  at_rest_encryption_enabled = {{atRest}}
                  transit_encryption_enabled = {{transit}}
                  auto_minor_version_upgrade = {{upgrades}}
                  snapshot_retention_limit   = {{snapshots}}
                  snapshot_window            = "03:00-05:00"
                  tags                       = var.tags
                }
                """, "n", n, "first", String.format(width, first), "second", String.format(width, second),
                "rotation", mostly(r, "true", "false"), "sse", sse,
                "pitr", mostly(r, "true", "false"), "engine", valkey ? "valkey" : "redis", "version", valkey ? "7.2" : "7.1",
                "node", pick(r, "cache.t4g.small", "cache.r7g.large"), "atRest", mostly(r, "true", "false"),
                "transit", mostly(r, "true", "false"), "upgrades", mostly(r, "true", "false"), "snapshots", mostly(r, "7", "0")) + memcached;
    }
}
