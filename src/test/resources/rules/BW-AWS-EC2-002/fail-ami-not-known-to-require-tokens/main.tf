variable "ami" {
  type = string
}

# Amazon Linux 2 is not registered with ImdsSupport v2.0.
resource "aws_instance" "al2" {
  ami           = "resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2"
  instance_type = "t3.micro"
}

# The name looks like Amazon Linux 2023, but any account may publish an image with that name.
data "aws_ami" "lookalike" {
  most_recent = true
  owners      = ["self", "amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-*"]
  }
}

resource "aws_launch_template" "lookalike" {
  name_prefix = "lookalike-"
  image_id    = data.aws_ami.lookalike.id
}

# Which AMI the variable names is not known; the provider default keeps IMDSv1 unless the AMI says otherwise.
resource "aws_instance" "chosen" {
  ami           = var.ami
  instance_type = "t3.micro"
}
