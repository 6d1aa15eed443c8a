resource "aws_rds_cluster_parameter_group" "catalog" {
  name   = "catalog-aurora-mysql8"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "OFF"
  }
}
