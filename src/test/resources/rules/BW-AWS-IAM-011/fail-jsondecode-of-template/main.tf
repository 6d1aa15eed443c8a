resource "aws_ecr_repository" "app" {
  name = "app"
}

locals {
  pull_policy = jsondecode("{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[\"ecr:BatchGetImage\"],\"Resource\":\"${aws_ecr_repository.app.arn}\"}]}")
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy     = jsonencode(merge(local.pull_policy, { Version = "2012-10-17" }))
}
