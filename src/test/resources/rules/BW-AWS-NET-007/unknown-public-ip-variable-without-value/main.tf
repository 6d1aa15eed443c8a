variable "assign_public_ips" {
  type = bool
}

resource "aws_subnet" "workers" {
  vpc_id                  = "vpc-0a1b2c3d"
  cidr_block              = "10.34.0.0/24"
  map_public_ip_on_launch = var.assign_public_ips

  tags = {
    Tier = "private"
  }
}
