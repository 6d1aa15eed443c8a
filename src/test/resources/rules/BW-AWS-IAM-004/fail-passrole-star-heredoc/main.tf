resource "aws_iam_role" "launcher" {
  name               = "launcher"
  assume_role_policy = <<-JSON
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}}]}
  JSON
}

resource "aws_iam_role_policy" "launcher" {
  name   = "launch-instances"
  role   = aws_iam_role.launcher.id
  policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": ["ec2:RunInstances"], "Resource": "*"},
        {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}
      ]
    }
  JSON
}
