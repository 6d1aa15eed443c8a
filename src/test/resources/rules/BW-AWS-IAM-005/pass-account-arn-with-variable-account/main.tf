# The account id is given only at apply time, but a principal ARN can hold no wildcard:
# whatever the variable is, this trust policy names one account, never everyone.
variable "account_id" {
  type = string
}

resource "aws_iam_role" "deployer" {
  name = "deployer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${var.account_id}:root" }
      Action    = "sts:AssumeRole"
    }]
  })
}
