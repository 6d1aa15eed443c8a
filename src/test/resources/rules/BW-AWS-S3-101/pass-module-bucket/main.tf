module "archive" {
  source = "./modules/tls-bucket"
  name   = "acme-archive"
}
