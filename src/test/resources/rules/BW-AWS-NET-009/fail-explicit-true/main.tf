resource "aws_redshift_cluster" "bi" {
  cluster_identifier     = "bi"
  master_username        = "bi"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  publicly_accessible    = true
}
