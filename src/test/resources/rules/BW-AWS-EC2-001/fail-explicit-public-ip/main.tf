resource "aws_instance" "web" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t3.small"
  subnet_id                   = "subnet-0aaa"
  associate_public_ip_address = true

  metadata_options {
    http_tokens = "required"
  }
}
