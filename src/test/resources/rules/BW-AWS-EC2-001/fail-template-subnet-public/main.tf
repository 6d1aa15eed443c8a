resource "aws_subnet" "public" {
  vpc_id                  = "vpc-0a1b2c3d"
  cidr_block              = "10.51.0.0/24"
  map_public_ip_on_launch = true
}

# The template names the public subnet, so the instance inherits its public addressing.
resource "aws_launch_template" "edge" {
  name_prefix = "edge-"
  image_id    = "ami-0abcdef1234567890"

  network_interfaces {
    subnet_id = aws_subnet.public.id
  }
}

resource "aws_instance" "edge" {
  launch_template {
    id = aws_launch_template.edge.id
  }
}
