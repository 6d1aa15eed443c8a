resource "aws_subnet" "public" {
  vpc_id                  = "vpc-0a1b2c3d"
  cidr_block              = "10.33.0.0/24"
  map_public_ip_on_launch = true

  tags = {
    Name = "edge-public-a"
    Tier = "public"
  }
}

resource "aws_subnet" "data" {
  vpc_id     = "vpc-0a1b2c3d"
  cidr_block = "10.33.10.0/24"

  tags = {
    Name = "data-private-a"
    Tier = "private"
  }
}

resource "aws_subnet" "app" {
  vpc_id                  = "vpc-0a1b2c3d"
  cidr_block              = "10.33.20.0/24"
  map_public_ip_on_launch = false

  tags = {
    Tier = "Private"
  }
}
