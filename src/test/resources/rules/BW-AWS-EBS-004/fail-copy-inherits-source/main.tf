resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40
}

resource "aws_ebs_snapshot" "nightly" {
  volume_id = aws_ebs_volume.data.id
}

resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = aws_ebs_snapshot.nightly.id
  source_region      = "eu-west-1"
}
