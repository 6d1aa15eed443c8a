resource "aws_ebs_volume" "plain" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = false
}

resource "aws_ebs_volume" "unset" {
  availability_zone = "eu-west-1a"
  size              = 40
}

resource "aws_ebs_snapshot" "plain" {
  volume_id = aws_ebs_volume.plain.id
}

resource "aws_ebs_snapshot" "unset" {
  volume_id = aws_ebs_volume.unset.id
}
