module "storage" {
  source  = "./modules/storage"
  name    = "media"
  encrypt = true
}
