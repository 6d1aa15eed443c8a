resource "aws_iam_policy" "power_user" {
  name = "power-user"
  policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "AllButIam",
          "Effect": "Allow",
          "NotAction": ["iam:*", "organizations:*", "account:*"],
          "Resource": "*"
        }
      ]
    }
  JSON
}
