variable "vpc_id" {
  type = string
}

variable "destination" {
  type = object({
    bucket       = string
    traffic_type = optional(string, "ALL")
    format       = optional(object({ fields = optional(list(string), ["version", "account-id"]) }), {})
  })
}

resource "aws_flow_log" "this" {
  vpc_id               = var.vpc_id
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::${var.destination.bucket}"
  traffic_type         = var.destination.traffic_type
  log_format           = join(" ", [for f in var.destination.format.fields : "$${${f}}"])
}
