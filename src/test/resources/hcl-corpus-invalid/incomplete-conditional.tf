locals {
  cond = var.a ? "yes"
}
