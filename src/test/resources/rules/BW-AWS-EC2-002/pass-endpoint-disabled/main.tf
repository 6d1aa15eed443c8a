resource "aws_instance" "appliance" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"

  metadata_options {
    http_endpoint = "disabled"
  }
}
