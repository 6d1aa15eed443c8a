locals {
  escape = "bad \q escape"
}
