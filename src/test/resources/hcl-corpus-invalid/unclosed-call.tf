locals {
  call = join(",", ["a", "b"]
}
