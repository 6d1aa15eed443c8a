resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier        = "warehouse"
  master_username           = "warehouse"
  manage_master_password    = true
  node_type                 = "ra3.4xlarge"
  number_of_nodes           = 2
  cluster_subnet_group_name = "private-redshift"
  publicly_accessible       = false
}
