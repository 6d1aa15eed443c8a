resource "aws_ssoadmin_permission_set_inline_policy" "storage" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-0123456789abcdef"
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-0123456789abcdef/ps-0123456789abcdef"
  inline_policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Sid": "AllS3", "Effect": "Allow", "Action": "s3:*", "Resource": "*"}
      ]
    }
  JSON
}
