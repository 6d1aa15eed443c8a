resource "aws_subnet" "private" {
  vpc_id     = "vpc-0a1b2c3d"
  cidr_block = "10.51.10.0/24"
}

# The subnet comes from the launch template's network interface.
resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0abcdef1234567890"

  network_interfaces {
    subnet_id = aws_subnet.private.id
  }
}

resource "aws_instance" "from_template" {
  launch_template {
    id = aws_launch_template.app.id
  }
}

resource "aws_network_interface" "fixed" {
  subnet_id = aws_subnet.private.id
}

# An existing interface as the primary one: EC2 assigns it no public address.
resource "aws_instance" "appliance" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"

  network_interface {
    network_interface_id = aws_network_interface.fixed.id
    device_index         = 0
  }
}
