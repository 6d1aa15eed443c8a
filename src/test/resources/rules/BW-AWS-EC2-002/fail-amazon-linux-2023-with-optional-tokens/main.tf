# Explicit metadata options override the AMI's default.
resource "aws_instance" "legacy_agent" {
  ami           = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "optional"
  }
}
