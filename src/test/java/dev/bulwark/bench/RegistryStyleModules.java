package dev.bulwark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shared modules a team's stacks call, written the way public registry modules are: typed object
 * variables with {@code optional(...)} attributes and defaults, {@code for_each} over them, a nested
 * module, {@code try}/{@code lookup} over loosely typed settings, and policies built from a
 * {@code templatefile} template and a heredoc with interpolations and directives.
 */
final class RegistryStyleModules {
    private RegistryStyleModules() {}

    /** Where the stacks of {@link GenerateTree} find these modules, relative to a stack directory. */
    static final String FROM_STACK = "../modules";

    /** The files, by path relative to the modules directory. */
    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("s3-buckets/variables.tf", BUCKETS_VARIABLES);
        files.put("s3-buckets/main.tf", BUCKETS_MAIN);
        files.put("s3-buckets/outputs.tf", BUCKETS_OUTPUTS);
        files.put("bucket-policy/main.tf", POLICY_MAIN);
        files.put("bucket-policy/policy.json.tpl", POLICY_TEMPLATE);
        files.put("iam-roles/variables.tf", ROLES_VARIABLES);
        files.put("iam-roles/main.tf", ROLES_MAIN);
        files.put("iam-roles/outputs.tf", ROLES_OUTPUTS);
        return files;
    }

    /** Writes the modules under {@code dir}; returns how many Terraform files that is (the template is not one). */
    static int write(Path dir) throws IOException {
        int terraformFiles = 0;
        for (Map.Entry<String, String> f : files().entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
            if (f.getKey().endsWith(".tf")) terraformFiles++;
        }
        return terraformFiles;
    }

    private static final String BUCKETS_VARIABLES = """
            variable "name_prefix" {
              description = "Prefix of every bucket name"
              type        = string
            }

            variable "tags" {
              description = "Tags for every bucket, merged under each bucket's own"
              type        = map(string)
              default     = {}
            }

            variable "buckets" {
              description = "The buckets to create, by short name"
              type = map(object({
                versioning    = optional(bool, true)
                kms_key_id    = optional(string)
                force_destroy = optional(bool, false)
                object_lock   = optional(bool, false)
                logging = optional(object({
                  target_bucket = string
                  target_prefix = optional(string)
                }))
                lifecycle_rules = optional(list(object({
                  id              = string
                  enabled         = optional(bool, true)
                  prefix          = optional(string, "")
                  transition_days = optional(number)
                  storage_class   = optional(string, "STANDARD_IA")
                  expiration_days = optional(number)
                })), [])
                block_public_access = optional(bool, true)
                tls_only            = optional(bool, true)
                readers = optional(list(object({
                  account_id = string
                  prefix     = optional(string, "")
                })), [])
                tags = optional(map(string), {})
              }))
              default = {}

              validation {
                condition     = alltrue([for k in keys(var.buckets) : can(regex("^[a-z0-9-]+$", k))])
                error_message = "Bucket keys may hold lower-case letters, digits and hyphens only."
              }
            }

            variable "settings" {
              description = "Loosely typed module-wide settings, read with lookup and try"
              type        = any
              default     = {}
            }
            """;

    private static final String BUCKETS_MAIN = """
            locals {
              names          = { for k, b in var.buckets : k => "${var.name_prefix}-${k}" }
              logged         = { for k, b in var.buckets : k => b.logging if b.logging != null }
              with_lifecycle = { for k, b in var.buckets : k => b.lifecycle_rules if length(b.lifecycle_rules) > 0 }
              with_policy    = { for k, b in var.buckets : k => b if b.tls_only || length(b.readers) > 0 }
              bucket_key     = lookup(var.settings, "bucket_key_enabled", true)
              partition      = try(var.settings.partition, "aws")
            }

            resource "aws_s3_bucket" "this" {
              for_each = var.buckets

              bucket              = local.names[each.key]
              force_destroy       = each.value.force_destroy
              object_lock_enabled = each.value.object_lock
              tags                = merge(var.tags, each.value.tags, { Name = local.names[each.key] })
            }

            resource "aws_s3_bucket_public_access_block" "this" {
              for_each = { for k, b in var.buckets : k => b if b.block_public_access }

              bucket                  = aws_s3_bucket.this[each.key].id
              block_public_acls       = true
              block_public_policy     = true
              ignore_public_acls      = true
              restrict_public_buckets = true
            }

            resource "aws_s3_bucket_versioning" "this" {
              for_each = var.buckets

              bucket = aws_s3_bucket.this[each.key].id
              versioning_configuration {
                status = each.value.versioning ? "Enabled" : "Suspended"
              }
            }

            resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
              for_each = var.buckets

              bucket = aws_s3_bucket.this[each.key].id
              rule {
                apply_server_side_encryption_by_default {
                  sse_algorithm     = each.value.kms_key_id == null ? "AES256" : "aws:kms"
                  kms_master_key_id = each.value.kms_key_id
                }
                bucket_key_enabled = each.value.kms_key_id != null && local.bucket_key
              }
            }

            resource "aws_s3_bucket_logging" "this" {
              for_each = local.logged

              bucket        = aws_s3_bucket.this[each.key].id
              target_bucket = each.value.target_bucket
              target_prefix = coalesce(each.value.target_prefix, "${each.key}/")
            }

            resource "aws_s3_bucket_lifecycle_configuration" "this" {
              for_each = local.with_lifecycle

              bucket = aws_s3_bucket.this[each.key].id

              dynamic "rule" {
                for_each = each.value
                content {
                  id     = rule.value.id
                  status = rule.value.enabled ? "Enabled" : "Disabled"

                  filter {
                    prefix = rule.value.prefix
                  }

                  dynamic "transition" {
                    for_each = rule.value.transition_days == null ? [] : [rule.value.transition_days]
                    content {
                      days          = transition.value
                      storage_class = rule.value.storage_class
                    }
                  }

                  dynamic "expiration" {
                    for_each = rule.value.expiration_days == null ? [] : [rule.value.expiration_days]
                    content {
                      days = expiration.value
                    }
                  }
                }
              }
            }

            module "policy" {
              source   = "../bucket-policy"
              for_each = local.with_policy

              bucket     = aws_s3_bucket.this[each.key].id
              bucket_arn = "arn:${local.partition}:s3:::${local.names[each.key]}"
              tls_only   = each.value.tls_only
              readers    = each.value.readers
            }
            """;

    private static final String BUCKETS_OUTPUTS = """
            output "ids" {
              description = "Bucket ids by short name"
              value       = { for k, b in aws_s3_bucket.this : k => b.id }
            }

            output "arns" {
              description = "Bucket ARNs by short name"
              value       = { for k, b in aws_s3_bucket.this : k => b.arn }
            }

            output "names" {
              description = "Bucket names by short name"
              value       = local.names
            }
            """;

    private static final String POLICY_MAIN = """
            variable "bucket" {
              type = string
            }

            variable "bucket_arn" {
              type = string
            }

            variable "tls_only" {
              type     = bool
              default  = true
              nullable = false
            }

            variable "readers" {
              description = "Accounts that may read objects under a prefix"
              type = list(object({
                account_id = string
                prefix     = optional(string, "")
              }))
              default = []
            }

            resource "aws_s3_bucket_policy" "this" {
              bucket = var.bucket
              policy = templatefile("${path.module}/policy.json.tpl", {
                bucket_arn = var.bucket_arn
                tls_only   = var.tls_only
                readers    = [for i, r in var.readers : merge(r, { sid = "ReadFromAccount${i}" })]
              })
            }

            output "id" {
              value = aws_s3_bucket_policy.this.id
            }
            """;

    private static final String POLICY_TEMPLATE = """
            {
              "Version": "2012-10-17",
              "Statement": [
            %{ for i, r in readers ~}
                ${i > 0 ? "," : ""}{
                  "Sid": "${r.sid}",
                  "Effect": "Allow",
                  "Principal": { "AWS": "arn:aws:iam::${r.account_id}:root" },
                  "Action": ["s3:GetObject", "s3:ListBucket"],
                  "Resource": ["${bucket_arn}", "${bucket_arn}/${r.prefix}*"]
                }
            %{ endfor ~}
            %{ if tls_only ~}
                ${length(readers) > 0 ? "," : ""}{
                  "Sid": "DenyInsecureTransport",
                  "Effect": "Deny",
                  "Principal": "*",
                  "Action": "s3:*",
                  "Resource": ["${bucket_arn}", "${bucket_arn}/*"],
                  "Condition": { "Bool": { "aws:SecureTransport": "false" } }
                }
            %{ endif ~}
              ]
            }
            """;

    private static final String ROLES_VARIABLES = """
            variable "name_prefix" {
              type = string
            }

            variable "tags" {
              type    = map(string)
              default = {}
            }

            variable "roles" {
              description = "The roles to create, by short name, with who may assume them and what they may do"
              type = map(object({
                trusted_services    = optional(list(string), [])
                trusted_accounts    = optional(list(string), [])
                trusted_arns        = optional(list(string), [])
                require_mfa         = optional(bool, false)
                managed_policy_arns = optional(list(string), [])
                inline_policies = optional(map(object({
                  actions   = list(string)
                  resources = list(string)
                  effect    = optional(string, "Allow")
                })), {})
                max_session_duration = optional(number)
                path                 = optional(string, "/")
              }))
            }

            variable "defaults" {
              description = "Settings for roles that do not give their own"
              type        = any
              default     = {}
            }
            """;

    private static final String ROLES_MAIN = """
            locals {
              principals = {
                for name, role in var.roles : name => merge(
                  length(role.trusted_services) > 0 ? { Service = role.trusted_services } : {},
                  length(role.trusted_accounts) + length(role.trusted_arns) > 0 ? {
                    AWS = concat([for a in role.trusted_accounts : "arn:aws:iam::${a}:root"], role.trusted_arns)
                  } : {}
                )
              }
              attachments = merge([
                for name, role in var.roles : {
                  for arn in role.managed_policy_arns : "${name}/${basename(arn)}" => { role = name, policy_arn = arn }
                }
              ]...)
              inline = merge([
                for name, role in var.roles : {
                  for policy, p in role.inline_policies : "${name}/${policy}" => merge(p, { role = name, name = policy })
                }
              ]...)
            }

            resource "aws_iam_role" "this" {
              for_each = var.roles

              name                 = "${var.name_prefix}-${each.key}"
              path                 = each.value.path
              max_session_duration = coalesce(each.value.max_session_duration, lookup(var.defaults, "max_session_duration", 3600))
              permissions_boundary = try(var.defaults.permissions_boundary, null)
              assume_role_policy   = <<-EOT
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "Assume${replace(title(each.key), "-", "")}",
                      "Effect": "Allow",
                      "Action": "sts:AssumeRole",
                      "Principal": ${jsonencode(local.principals[each.key])}%{ if each.value.require_mfa },
                      "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "true" } }%{ endif }
                    }
                  ]
                }
              EOT
              tags = var.tags
            }

            resource "aws_iam_role_policy_attachment" "this" {
              for_each = local.attachments

              role       = aws_iam_role.this[each.value.role].name
              policy_arn = each.value.policy_arn
            }

            resource "aws_iam_role_policy" "this" {
              for_each = local.inline

              name = each.value.name
              role = aws_iam_role.this[each.value.role].id
              policy = jsonencode({
                Version = "2012-10-17"
                Statement = [{
                  Effect   = each.value.effect
                  Action   = each.value.actions
                  Resource = each.value.resources
                }]
              })
            }
            """;

    private static final String ROLES_OUTPUTS = """
            output "arns" {
              value = { for k, r in aws_iam_role.this : k => r.arn }
            }

            output "names" {
              value = { for k, r in aws_iam_role.this : k => r.name }
            }
            """;
}
