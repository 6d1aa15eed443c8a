module "bastion" {
  source    = "./modules/bastion"
  rdp_range = [3380, 3400]
}
