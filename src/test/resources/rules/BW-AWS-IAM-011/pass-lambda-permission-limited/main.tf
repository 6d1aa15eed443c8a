resource "aws_s3_bucket" "uploads" {
  bucket = "example-uploads"
}

resource "aws_lambda_permission" "from_bucket" {
  statement_id  = "AllowS3"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "s3.amazonaws.com"
  source_arn    = aws_s3_bucket.uploads.arn
}

resource "aws_lambda_permission" "any_in_org" {
  statement_id     = "AllowOrganization"
  action           = "lambda:InvokeFunction"
  function_name    = "thumbnails"
  principal        = "*"
  principal_org_id = "o-a1b2c3d4e5"
}

resource "aws_lambda_permission" "partner" {
  statement_id  = "AllowPartnerAccount"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "210987654321"
}

resource "aws_lambda_permission" "any_from_account" {
  statement_id   = "AllowFromAccount"
  action         = "lambda:InvokeFunction"
  function_name  = "thumbnails"
  principal      = "*"
  source_account = "123456789012"
}

resource "aws_lambda_layer_version_permission" "organization" {
  layer_name      = "arn:aws:lambda:eu-west-1:123456789012:layer:shared-libs"
  version_number  = 3
  principal       = "*"
  organization_id = "o-a1b2c3d4e5"
  action          = "lambda:GetLayerVersion"
  statement_id    = "organization"
}
