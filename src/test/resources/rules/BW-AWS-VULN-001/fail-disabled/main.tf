resource "aws_ecr_repository" "app" {
  for_each = toset(["api", "worker"])
  name     = each.key
  image_scanning_configuration {
    scan_on_push = false
  }
}
