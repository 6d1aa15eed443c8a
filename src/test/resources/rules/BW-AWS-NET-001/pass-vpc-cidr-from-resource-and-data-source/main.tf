# A VPC's or subnet's CIDR is /16 to /28 (IPv6 at most /44), so never the whole internet,
# whether AWS assigns it at apply (IPAM) or a data source reads it at plan time.
resource "aws_vpc" "main" {
  ipv4_ipam_pool_id   = "ipam-pool-0123456789abcdef0"
  ipv4_netmask_length = 20
}

data "aws_vpc" "shared" {
  tags = { Name = "shared" }
}

data "aws_subnet" "bastion" {
  vpc_id = aws_vpc.main.id
  tags   = { Tier = "bastion" }
}

resource "aws_security_group" "ssh_internal" {
  name   = "ssh-internal"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    cidr_blocks      = [aws_vpc.main.cidr_block, data.aws_vpc.shared.cidr_block, data.aws_subnet.bastion.cidr_block]
    ipv6_cidr_blocks = [aws_vpc.main.ipv6_cidr_block]
  }
}

resource "aws_security_group_rule" "rdp_shared" {
  type              = "ingress"
  security_group_id = aws_security_group.ssh_internal.id
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = [data.aws_vpc.shared.cidr_block]
}
