resource "aws_instance" "api" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_launch_template" "api" {
  name_prefix = "api-"
  image_id    = "ami-0abcdef1234567890"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }
}

resource "aws_launch_configuration" "api" {
  name_prefix   = "api-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"

  metadata_options {
    http_tokens = "required"
  }
}
