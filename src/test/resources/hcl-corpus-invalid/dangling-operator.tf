locals {
  total = var.a +
}
