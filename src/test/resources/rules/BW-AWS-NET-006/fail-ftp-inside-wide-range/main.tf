resource "aws_security_group" "legacy_app" {
  name = "legacy-app"

  ingress {
    description     = "well-known ports from the app tier"
    from_port       = 1
    to_port         = 1023
    protocol        = "tcp"
    security_groups = ["sg-0123456789abcdef0"]
  }
}
