variable "name_prefix" {
  type = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]*$", var.name_prefix))
    error_message = "name_prefix must be lowercase letters, digits and hyphens."
  }
}

variable "buckets" {
  description = "Buckets to create, by short name."
  type = map(object({
    create        = optional(bool, true)
    versioning    = optional(bool, false)
    force_destroy = optional(bool)
    kms_key_id    = optional(string)
    tags          = optional(map(string), {})
    lifecycle_rules = optional(list(object({
      id              = string
      enabled         = optional(bool, true)
      expiration_days = optional(number)
      transition = optional(object({
        days          = number
        storage_class = optional(string, "GLACIER")
      }))
    })), [])
  }))
  default = {}
}

variable "default_tags" {
  type     = map(string)
  default  = { managed_by = "terraform" }
  nullable = false
}
