variable "regions" {
  type    = list(string)
  default = ["eu-west-1", "eu-central-1"]
}

data "aws_iam_policy_document" "ec2" {
  statement {
    actions   = ["ec2:*"]
    resources = ["*"]
  }
}

resource "aws_iam_role" "fleet" {
  count = length(var.regions)
  name  = "fleet-${var.regions[count.index]}"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "fleet" {
  count  = length(var.regions)
  name   = "ec2"
  role   = aws_iam_role.fleet[count.index].id
  policy = data.aws_iam_policy_document.ec2.json
}
