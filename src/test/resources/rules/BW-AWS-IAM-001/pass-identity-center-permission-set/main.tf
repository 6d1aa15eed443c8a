data "aws_ssoadmin_instances" "this" {}

resource "aws_ssoadmin_permission_set" "readers" {
  name         = "Readers"
  instance_arn = tolist(data.aws_ssoadmin_instances.this.arns)[0]
}

resource "aws_ssoadmin_managed_policy_attachment" "readers" {
  instance_arn       = aws_ssoadmin_permission_set.readers.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.readers.arn
  managed_policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_ssoadmin_permission_set_inline_policy" "readers" {
  instance_arn       = aws_ssoadmin_permission_set.readers.instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.readers.arn
  inline_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject"]
      Resource = "arn:aws:s3:::reports/*"
    }]
  })
}
