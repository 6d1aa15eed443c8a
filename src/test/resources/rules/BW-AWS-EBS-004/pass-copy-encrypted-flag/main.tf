resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = "snap-0a1b2c3d4e5f60718"
  source_region      = "eu-central-1"
  encrypted          = true
}
