terraform {
  backend "s3" {
    bucket       = "org-terraform-state"
    key          = "network/terraform.tfstate"
    region       = "eu-west-1"
    use_lockfile = true
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
