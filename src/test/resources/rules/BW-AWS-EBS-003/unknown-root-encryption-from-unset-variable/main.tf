variable "encrypt_root" {
  type = bool
}

resource "aws_instance" "bastion" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.nano"

  root_block_device {
    encrypted = var.encrypt_root
  }
}
