resource "aws_subnet" "public" {
  vpc_id                  = "vpc-0a1b2c3d"
  cidr_block              = "10.51.0.0/24"
  map_public_ip_on_launch = true
}

resource "aws_subnet" "private" {
  vpc_id     = "vpc-0a1b2c3d"
  cidr_block = "10.51.10.0/24"
}

# In the public subnet, but opts out of the subnet's public addressing.
resource "aws_instance" "proxy" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t3.small"
  subnet_id                   = aws_subnet.public.id
  associate_public_ip_address = false
}

resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  subnet_id     = aws_subnet.private.id
}

resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0abcdef1234567890"

  network_interfaces {
    associate_public_ip_address = false
  }
}
