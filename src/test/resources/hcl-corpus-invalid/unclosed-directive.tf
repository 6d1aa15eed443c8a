locals {
  banner = "%{ if var.prod }PROD"
}
