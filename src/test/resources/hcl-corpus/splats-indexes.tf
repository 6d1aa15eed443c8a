resource "aws_instance" "web" {
  count         = 3
  ami           = var.ami_id
  instance_type = "t3.micro"
  subnet_id     = var.subnet_ids[count.index % length(var.subnet_ids)]

  root_block_device {
    volume_size = 20
    encrypted   = true
  }
}

locals {
  first_id        = aws_instance.web[0].id
  legacy_first_id = aws_instance.web.0.id
  legacy_nested   = var.matrix.1
  all_ids         = aws_instance.web[*].id
  all_ids_legacy  = aws_instance.web.*.id
  all_ips         = aws_instance.web[*].private_ip
  root_sizes      = aws_instance.web[*].root_block_device[0].volume_size
  string_index    = var.settings["log_level"]
  chained_index   = var.nested["outer"]["inner"][0]
  splat_of_var    = var.users[*].name
  whole_splat     = var.users[*]
  expr_index      = var.subnet_ids[length(var.subnet_ids) - 1]
  call_result_idx = split(",", var.csv)[0]
  call_attr       = data.aws_caller_identity.current.account_id
  paren_index     = (var.subnet_ids)[0]
  tuple_index     = ["a", "b", "c"][1]
  object_attr     = { a = { b = 1 } }.a.b
}

data "aws_caller_identity" "current" {}

variable "ami_id" { type = string }
variable "subnet_ids" { type = list(string) }
variable "matrix" { type = list(list(number)) }
variable "settings" { type = map(string) }
variable "nested" { type = any }
variable "users" { type = list(object({ name = string })) }
variable "csv" { type = string }
