resource "aws_launch_template" "batch" {
  name_prefix   = "batch-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "c6i.large"

  network_interfaces {
    associate_public_ip_address = "true"
    security_groups             = ["sg-0123456789abcdef0"]
  }
}
