variable "encrypt_volumes" {
  type    = bool
  default = true
}

resource "aws_kms_key" "ebs" {
  description         = "EBS volumes"
  enable_key_rotation = true
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = var.encrypt_volumes
  kms_key_id        = aws_kms_key.ebs.arn
}
