resource "aws_launch_template" "base" {
  name_prefix = "base-"
  image_id    = "ami-0123456789abcdef0"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted = "true"
    }
  }
}

resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.base.id
    version = "$Latest"
  }
}
