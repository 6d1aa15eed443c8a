# No subnet_id: EC2 picks the default subnet, whose public addressing is not in this code.
resource "aws_instance" "scratch" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}

# The template names no subnet either.
resource "aws_launch_template" "plain" {
  name_prefix = "plain-"
  image_id    = "ami-0abcdef1234567890"
}

resource "aws_instance" "from_template" {
  launch_template {
    id = aws_launch_template.plain.id
  }
}
