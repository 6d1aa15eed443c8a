terraform {
  backend "s3" {
    bucket         = "org-terraform-state"
    key            = "network/terraform.tfstate"
    region         = "eu-west-1"
    encrypt        = true
    kms_key_id     = "alias/terraform-state"
    dynamodb_table = "terraform-locks"
  }
}
