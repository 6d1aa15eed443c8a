resource "aws_lambda_function_url" "internal" {
  function_name      = "internal"
  qualifier          = "live"
  authorization_type = "AWS_IAM"
}
