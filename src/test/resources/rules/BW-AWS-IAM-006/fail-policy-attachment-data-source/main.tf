data "aws_iam_policy" "admin" {
  name = "AdministratorAccess"
}

resource "aws_iam_role" "breakglass" {
  name = "breakglass"
  assume_role_policy = <<-JSON
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}}]}
  JSON
}

resource "aws_iam_policy_attachment" "breakglass" {
  name       = "breakglass-admin"
  roles      = [aws_iam_role.breakglass.name]
  policy_arn = data.aws_iam_policy.admin.arn
}
