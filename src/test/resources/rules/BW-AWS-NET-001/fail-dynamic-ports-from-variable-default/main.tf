variable "management_ports" {
  description = "Ports opened for remote administration"
  type        = list(number)
  default     = [3389, 5985]
}

variable "management_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

resource "aws_security_group" "windows" {
  name = "windows-servers"

  dynamic "ingress" {
    for_each = var.management_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = var.management_cidrs
    }
  }
}
