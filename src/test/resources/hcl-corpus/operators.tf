locals {
  a = 10
  b = 3

  sum        = local.a + local.b
  difference = local.a - local.b
  product    = local.a * local.b
  quotient   = local.a / local.b
  remainder  = local.a % local.b
  negated    = -local.a
  precedence = 1 + 2 * 3 - 4 / 2 % 3
  grouped    = (1 + 2) * (3 - 4)
  nested_neg = -(-local.b)

  eq  = local.a == 10
  ne  = local.a != local.b
  lt  = local.a < local.b
  le  = local.a <= 10
  gt  = local.b > 1
  ge  = local.b >= 3
  and = local.a > 1 && local.b > 1
  or  = local.a > 100 || local.b < 100
  not = !(local.a == local.b)

  ternary       = local.a > local.b ? "a" : "b"
  nested_cond   = local.a > 5 ? local.b > 5 ? "both" : "a-only" : "neither"
  cond_in_tuple = [local.a == 10 ? true : false, null]
  multi_line = (
    local.a +
    local.b
  )
  mixed_logic = !local.eq || (local.lt && !local.gt)
}

locals {
  numbers = {
    integer    = 42
    zero       = 0
    negative   = -17
    decimal    = 3.14159
    exponent   = 1e3
    small_exp  = 2.5E-3
    plus_exp   = 6.02e+23
    big        = 9007199254740993
    fraction   = 0.5
  }
  bools = [true, false]
  nothing = null
}
