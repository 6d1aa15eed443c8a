variable "cluster" {
  type = object({
    name      = string
    encrypted = optional(bool)
  })
  default = { name = "docs" }
}

variable "storage_encrypted" {
  type = bool
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier = var.cluster.name
  master_username    = "docs"
  master_password    = "change-me-please"
  storage_encrypted  = var.storage_encrypted
}
