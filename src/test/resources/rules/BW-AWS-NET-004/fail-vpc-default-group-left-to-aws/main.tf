# Neither VPC manages its default security group, so both keep the rules AWS creates.
resource "aws_vpc" "main" {
  cidr_block = "10.4.0.0/16"
}

resource "aws_default_vpc" "default" {}

# This one does, and is judged through its aws_default_security_group.
resource "aws_vpc" "managed" {
  cidr_block = "10.5.0.0/16"
}

resource "aws_default_security_group" "managed" {
  vpc_id = aws_vpc.managed.id
}
