locals {
  key_name = "dynamic"

  every_key_form = {
    bare_identifier = 1
    "quoted key"    = 2
    "with-dash"     = 3
    (local.key_name) = 4
    "${local.key_name}_templated" = 5
    colon_separator : 6
    "quoted_colon" : 7
  }

  single_line = { a = 1, b = "two", c = [3], d = { e = null } }
  trailing_comma = {
    one = 1,
    two = 2,
  }
  newline_separated = {
    x = true
    y = false
  }
  empty_object = {}
  empty_tuple  = []
  nested = {
    level1 = {
      level2 = {
        level3 = ["deep", { level4 = 4 }]
      }
    }
  }
  tuple_multiline = [
    "a",
    "b",
  ]
  numeric_looking_keys = {
    "123"   = "digits"
    "1.5"   = "decimal"
    "true"  = "bool word"
    "null"  = "null word"
  }
}
