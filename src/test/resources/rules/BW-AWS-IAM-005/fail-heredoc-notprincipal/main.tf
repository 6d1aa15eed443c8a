resource "aws_iam_role" "inverted" {
  name               = "inverted"
  assume_role_policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": {
        "Effect": "Allow",
        "Action": "sts:AssumeRole",
        "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:user/mallory"}
      }
    }
  JSON
}
