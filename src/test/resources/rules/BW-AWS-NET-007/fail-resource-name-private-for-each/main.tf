variable "private_subnets" {
  type = map(string)
  default = {
    "eu-west-1a" = "10.31.1.0/24"
    "eu-west-1b" = "10.31.2.0/24"
  }
}

resource "aws_subnet" "private" {
  for_each                = var.private_subnets
  vpc_id                  = "vpc-0a1b2c3d"
  availability_zone       = each.key
  cidr_block              = each.value
  map_public_ip_on_launch = "true"
}
