# Statement written as a single object and Action as a plain string.
resource "aws_iam_policy" "break_glass" {
  name   = "break-glass"
  policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": {
        "Sid": "Everything",
        "Effect": "Allow",
        "Action": "*",
        "Resource": "*"
      }
    }
  JSON
}
