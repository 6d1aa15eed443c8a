module "scratch" {
  source = "./modules/storage"
  name   = "scratch"
}
