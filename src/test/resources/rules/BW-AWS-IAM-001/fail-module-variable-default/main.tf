module "admin_policy" {
  source = "./modules/policy"
  name   = "platform-admin"
}
