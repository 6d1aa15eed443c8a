variable "volumes" {
  type = map(object({
    size = number
    type = optional(string, "gp3")
  }))
  default = {
    data = { size = 100 }
    logs = { size = 20, type = "st1" }
  }
}

resource "aws_ebs_volume" "this" {
  for_each          = var.volumes
  availability_zone = "eu-west-1a"
  size              = each.value.size
  type              = each.value.type
  encrypted         = true
}

resource "aws_ebs_snapshot" "this" {
  for_each  = aws_ebs_volume.this
  volume_id = each.value.id
}
