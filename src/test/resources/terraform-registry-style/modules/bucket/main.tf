locals {
  buckets = { for name, b in var.buckets : name => b if b.create }
}

resource "aws_s3_bucket" "this" {
  for_each = local.buckets

  bucket        = "${var.name_prefix}-${each.key}"
  force_destroy = coalesce(each.value.force_destroy, false)
  tags          = merge(var.default_tags, each.value.tags, { Name = each.key })
}

resource "aws_s3_bucket_versioning" "this" {
  for_each = { for name, b in local.buckets : name => b if b.versioning }

  bucket = aws_s3_bucket.this[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  for_each = local.buckets

  bucket = aws_s3_bucket.this[each.key].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = each.value.kms_key_id == null ? "AES256" : "aws:kms"
      kms_master_key_id = each.value.kms_key_id
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  for_each = { for name, b in local.buckets : name => b if length(b.lifecycle_rules) > 0 }

  bucket = aws_s3_bucket.this[each.key].id

  dynamic "rule" {
    for_each = each.value.lifecycle_rules
    content {
      id     = rule.value.id
      status = rule.value.enabled ? "Enabled" : "Disabled"

      dynamic "expiration" {
        for_each = rule.value.expiration_days == null ? [] : [rule.value.expiration_days]
        content {
          days = expiration.value
        }
      }

      dynamic "transition" {
        for_each = rule.value.transition == null ? [] : [rule.value.transition]
        content {
          days          = transition.value.days
          storage_class = transition.value.storage_class
        }
      }
    }
  }
}

output "ids" {
  value = { for name, b in aws_s3_bucket.this : name => b.id }
}
