variable "dms_public" {
  type = bool
}

resource "aws_dms_replication_instance" "sync" {
  replication_instance_id    = "sync"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = var.dms_public
}
