resource "aws_ami" "golden" {
  name                = "golden"
  root_device_name    = "/dev/xvda"
  imds_support        = "v2.0"
  virtualization_type = "hvm"

  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = "snap-0123456789abcdef0"
  }
}

resource "aws_launch_configuration" "legacy" {
  name_prefix   = "legacy-"
  image_id      = aws_ami.golden.id
  instance_type = "t3.micro"
}
