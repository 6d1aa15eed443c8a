resource "aws_subnet" "nodes" {
  vpc_id                  = "vpc-0a1b2c3d"
  cidr_block              = "10.32.0.0/19"
  map_public_ip_on_launch = true

  tags = {
    "kubernetes.io/role/internal-elb" = "1"
    "kubernetes.io/cluster/prod"      = "shared"
  }
}
