resource "aws_kms_key" "ebs" {
  enable_key_rotation = true
}

resource "aws_instance" "app" {
  count         = 2
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.medium"

  root_block_device {
    encrypted  = true
    kms_key_id = aws_kms_key.ebs.arn
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    encrypted   = true
    kms_key_id  = aws_kms_key.ebs.arn
  }
}

resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0123456789abcdef0"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 30
      encrypted   = true
    }
  }

  block_device_mappings {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}
