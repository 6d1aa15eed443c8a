resource "aws_instance" "db" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "r6i.large"

  root_block_device {
    volume_size = 30
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 500
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdg"
    volume_size = 500
  }
}
