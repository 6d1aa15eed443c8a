variable "public_ip" {
  type = bool
}

resource "aws_instance" "box" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public_ip
}
