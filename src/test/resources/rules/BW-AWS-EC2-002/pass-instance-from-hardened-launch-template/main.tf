resource "aws_launch_template" "base" {
  name_prefix   = "base-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.base.id
    version = "$Latest"
  }
}
