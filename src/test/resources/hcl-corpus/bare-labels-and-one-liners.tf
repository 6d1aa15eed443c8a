# Labels may be bare identifiers, and short blocks may sit on one line.
resource aws_s3_bucket artifacts {
  bucket = "acme-build-artifacts"
}

resource "aws_s3_bucket_versioning" artifacts {
  bucket = aws_s3_bucket.artifacts.id
  versioning_configuration { status = "Enabled" }
}

variable "one_liner" { default = "x" }
variable empty_body {}
output "one_line_output" { value = aws_s3_bucket.artifacts.arn }
data "aws_region" "current" {}
locals { single = 1 }
locals {}
terraform {}
