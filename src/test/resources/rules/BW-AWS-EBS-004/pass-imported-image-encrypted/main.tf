resource "aws_kms_key" "images" {
  description         = "imported disk images"
  enable_key_rotation = true
}

resource "aws_ebs_snapshot_import" "legacy_disk" {
  disk_container {
    format = "VHD"
    user_bucket {
      s3_bucket = "disk-images"
      s3_key    = "legacy.vhd"
    }
  }

  encrypted  = true
  kms_key_id = aws_kms_key.images.arn
  role_name  = "vmimport"
}
