resource "aws_instance" "api" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  subnet_id     = "subnet-0aaa"
}
