variable "engine_family" {
  type = string
}

resource "aws_db_parameter_group" "app" {
  name   = "app"
  family = var.engine_family
}
