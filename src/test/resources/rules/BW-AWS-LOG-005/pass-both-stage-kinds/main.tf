resource "aws_cloudwatch_log_group" "api" {
  name              = "/api/access"
  retention_in_days = 400
}

resource "aws_api_gateway_stage" "prod" {
  stage_name    = "prod"
  rest_api_id   = "a1b2c3"
  deployment_id = "d4e5f6"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = "g7h8i9"
  name        = "$default"
  auto_deploy = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = "$context.requestId $context.status"
  }
}
