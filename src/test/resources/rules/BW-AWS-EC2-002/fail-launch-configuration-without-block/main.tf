resource "aws_launch_configuration" "old_fleet" {
  name_prefix   = "old-fleet-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}
