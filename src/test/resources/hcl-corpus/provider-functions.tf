terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40"
    }
  }
}

locals {
  role_arn    = "arn:aws:iam::123456789012:role/app"
  parsed_arn  = provider::aws::arn_parse(local.role_arn)
  account_id  = provider::aws::arn_parse(local.role_arn).account_id
  rebuilt_arn = provider::aws::arn_build("aws", "iam", "", local.account_id, "role/other")
  tf_encoded  = provider::terraform::encode_tfvars({ region = "us-east-1" })
  args        = ["a", "b", "c"]
  joined      = join("-", local.args)
  expanded    = format("%s/%s/%s", local.args...)
  maxed       = max([3, 9, 1]...)
  nested_call = lower(replace(trimspace("  Hello World  "), " ", "_"))
  no_args     = timestamp()
  multi_line_call = merge(
    { a = 1 },
    { b = 2 },
  )
}
