variable "kms_key_arn" {
  type = string
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  storage_encrypted  = true
  kms_key_arn        = var.kms_key_arn
}
