locals {
  tags = { Name = "web", Env = "prod"
}
