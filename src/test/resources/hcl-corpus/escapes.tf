locals {
  newline_tab    = "line one\nline two\tcolumn"
  carriage       = "windows\r\nline"
  quotes         = "she said \"hello\""
  backslash      = "C:\\Program Files\\App"
  unicode_small  = "caf\u00e9 \u2713"
  unicode_large  = "rocket \U0001F680 and snowman \u2603"
  dollar_escape  = "literal $${not_interpolated}"
  percent_escape = "literal %%{not_a_directive}"
  both_escapes   = "$${a} and %%{b} and ${var.real}"
  lone_dollar    = "costs $5 and 100%"
  double_dollar  = "$$ and %%"
  non_ascii      = "Grüße, 日本語, emoji 😀"
  empty          = ""
  heredoc_escape = <<EOT
heredocs keep \n as two characters, but $${x} and %%{y} are still escapes
EOT
}
