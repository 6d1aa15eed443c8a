resource "aws_kms_key" "dr" {
  description         = "disaster recovery copies"
  enable_key_rotation = true
}

resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = "snap-0a1b2c3d4e5f60718"
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = aws_kms_key.dr.arn
}
