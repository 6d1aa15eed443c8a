variable "http_tokens" {
  type = string
}

resource "aws_instance" "svc" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"

  metadata_options {
    http_tokens = var.http_tokens
  }
}
