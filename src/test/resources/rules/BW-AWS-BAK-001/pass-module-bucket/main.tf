module "invoices" {
  source = "./modules/versioned-bucket"
  name   = "org-invoices"
}

module "contracts" {
  source = "./modules/versioned-bucket"
  name   = "org-contracts"
}
