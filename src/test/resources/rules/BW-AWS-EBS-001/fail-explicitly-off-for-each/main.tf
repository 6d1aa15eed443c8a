variable "volumes" {
  type = map(number)
  default = {
    logs    = 50
    scratch = 200
  }
}

resource "aws_ebs_volume" "disk" {
  for_each          = var.volumes
  availability_zone = "eu-west-1b"
  size              = each.value
  encrypted         = false
}
