# Amazon Linux 2023 is registered with ImdsSupport v2.0: without metadata_options, tokens are required.
data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64"
}

resource "aws_instance" "resolved" {
  ami           = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = nonsensitive(data.aws_ssm_parameter.al2023.value)
  instance_type = "t4g.micro"
}

# Takes the AMI, and no metadata options, from the template.
resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.workers.id
    version = "$Latest"
  }
}
