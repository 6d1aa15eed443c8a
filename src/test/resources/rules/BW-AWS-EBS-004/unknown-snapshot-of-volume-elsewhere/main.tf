data "aws_ebs_volume" "legacy" {
  most_recent = true

  filter {
    name   = "tag:Name"
    values = ["legacy-data"]
  }
}

resource "aws_ebs_snapshot" "legacy" {
  volume_id = data.aws_ebs_volume.legacy.id
}

resource "aws_ebs_snapshot" "by_id" {
  volume_id = "vol-0a1b2c3d4e5f60718"
}
