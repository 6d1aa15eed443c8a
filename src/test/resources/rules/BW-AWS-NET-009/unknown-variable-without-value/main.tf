variable "expose" {
  type = bool
}

resource "aws_redshift_cluster" "dev" {
  cluster_identifier     = "dev"
  master_username        = "dev"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  publicly_accessible    = var.expose
}
