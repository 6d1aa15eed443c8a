resource "aws_ebs_snapshot_import" "legacy_disk" {
  disk_container {
    format = "VHD"
    user_bucket {
      s3_bucket = "disk-images"
      s3_key    = "legacy.vhd"
    }
  }

  role_name = "vmimport"
}
