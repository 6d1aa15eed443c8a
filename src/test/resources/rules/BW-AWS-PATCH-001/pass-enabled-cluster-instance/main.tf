locals {
  patching = { auto = true }
}

resource "aws_rds_cluster_instance" "reader" {
  count                      = 2
  cluster_identifier         = "main"
  instance_class             = "db.r6g.large"
  engine                     = "aurora-postgresql"
  auto_minor_version_upgrade = local.patching.auto
}
