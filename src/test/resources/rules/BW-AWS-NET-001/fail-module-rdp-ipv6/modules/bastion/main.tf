variable "rdp_range" {
  type = list(number)
}

resource "aws_security_group" "bastion" {
  name = "bastion"

  ingress {
    from_port        = var.rdp_range[0]
    to_port          = var.rdp_range[1]
    protocol         = "6"
    ipv6_cidr_blocks = ["::/0"]
  }
}
