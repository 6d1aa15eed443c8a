# A parameter's value is read at plan time from the account, and could be any range, 0.0.0.0/0 included.
data "aws_ssm_parameter" "admin_cidr" {
  name = "/network/admin-cidr"
}

resource "aws_security_group" "ssh" {
  name = "ssh"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [data.aws_ssm_parameter.admin_cidr.value]
  }
}
