resource "aws_alb" "api" {
  name    = "api"
  subnets = ["subnet-0a1", "subnet-0b2"]
}
