# Hash comment at the top
// Double-slash comment
/* Block comment
   spanning lines */

resource "aws_s3_bucket" "commented" { # trailing hash comment
  bucket = "acme-commented" // trailing slash comment

  /* a block comment between attributes */
  force_destroy = false /* inline block comment */

  tags = {
    # comment inside an object
    Name = "commented" // after an item
    /* before an item */ Team = "platform"
  }
}

locals {
  list_with_comments = [
    "first", # first item
    // a comment line inside a tuple
    "second",
    /* inline */ "third",
  ]
  # A comment that mentions ${not.an.interpolation} and "quotes"
  value = 1 # number
  url   = "https://example.com/#anchor" // hash and slashes inside a string are not comments
  path  = "s3://bucket//double/slash"
}
