package dev.bulwark.bench;

import java.util.Random;

import static dev.bulwark.bench.Tf.fill;
import static dev.bulwark.bench.Tf.mostly;
import static dev.bulwark.bench.Tf.pick;

/** An API on API Gateway (HTTP or REST API) in front of a Lambda function, with a custom domain and access logs. */
final class ApiFlavour {
    private ApiFlavour() {}

    static String write(String n, Random r) {
        String head = fill("""
                # Service {{n}}: API on API Gateway with a Lambda backend.
                resource "aws_cloudwatch_log_group" "{{n}}_api" {
                  name              = "/aws/apigateway/${var.prefix}-{{n}}"
                  retention_in_days = {{retention}}{{key}}
                }

                resource "aws_lambda_function" "{{n}}" {
                  function_name = "${var.prefix}-{{n}}"
                  role          = var.lambda_role_arn
                  handler       = "app.handler"
                  runtime       = "{{runtime}}"
                  s3_bucket     = var.artifact_bucket
                  s3_key        = "{{n}}/lambda.zip"
                  memory_size   = 512
                  timeout       = 10

                  environment {
                    variables = {
                      LOG_LEVEL = "info"
                      SERVICE   = "{{n}}"
                    }
                  }
                }

                """, "n", n, "retention", mostly(r, "var.log_retention_days", "14"),
                "key", mostly(r) ? "\n  kms_key_id        = var.kms_key_arn" : "", "runtime", pick(r, "python3.12", "nodejs20.x", "java21"));
        String logs = mostly(r) ? fill("""

                  access_log_settings {
                    destination_arn = aws_cloudwatch_log_group.{{n}}_api.arn
                    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
                  }
                """, "n", n) : "";
        return head + (r.nextBoolean() ? httpApi(n, logs) : restApi(n, r, logs));
    }

    private static String httpApi(String n, String logs) {
        return fill("""
                resource "aws_apigatewayv2_api" "{{n}}" {
                  name          = "${var.prefix}-{{n}}"
                  protocol_type = "HTTP"
                }

                resource "aws_apigatewayv2_integration" "{{n}}" {
                  api_id                 = aws_apigatewayv2_api.{{n}}.id
                  integration_type       = "AWS_PROXY"
                  integration_uri        = aws_lambda_function.{{n}}.invoke_arn
                  payload_format_version = "2.0"
                }

                resource "aws_apigatewayv2_route" "{{n}}" {
                  for_each  = toset(["GET /items", "POST /items", "GET /items/{id}"])
                  api_id    = aws_apigatewayv2_api.{{n}}.id
                  route_key = each.key
                  target    = "integrations/${aws_apigatewayv2_integration.{{n}}.id}"
                }

                resource "aws_apigatewayv2_stage" "{{n}}" {
                  api_id      = aws_apigatewayv2_api.{{n}}.id
                  name        = "$default"
                  auto_deploy = true
                {{logs}}}

                resource "aws_apigatewayv2_domain_name" "{{n}}" {
                  domain_name = "{{n}}-api.${var.zone_name}"

                  domain_name_configuration {
                    certificate_arn = var.certificate_arn
                    endpoint_type   = "REGIONAL"
                    security_policy = "TLS_1_2"
                  }
                }
                """, "n", n, "logs", logs);
    }

    private static String restApi(String n, Random r, String logs) {
        return fill("""
                resource "aws_api_gateway_rest_api" "{{n}}" {
                  name = "${var.prefix}-{{n}}"
                  body = jsonencode({
                    openapi = "3.0.1"
                    info    = { title = "{{n}}", version = "1.0" }
                    paths = {
                      "/items" = {
                        get = {
                          "x-amazon-apigateway-integration" = {
                            httpMethod = "POST"
                            type       = "aws_proxy"
                            uri        = aws_lambda_function.{{n}}.invoke_arn
                          }
                        }
                      }
                    }
                  })

                  endpoint_configuration {
                    types = ["REGIONAL"]
                  }
                }

                resource "aws_api_gateway_deployment" "{{n}}" {
                  rest_api_id = aws_api_gateway_rest_api.{{n}}.id

                  lifecycle {
                    create_before_destroy = true
                  }
                }

                resource "aws_api_gateway_stage" "{{n}}" {
                  rest_api_id          = aws_api_gateway_rest_api.{{n}}.id
                  deployment_id        = aws_api_gateway_deployment.{{n}}.id
                  stage_name           = "prod"
                  xray_tracing_enabled = true
                {{logs}}}

                resource "aws_api_gateway_domain_name" "{{n}}" {
                  domain_name              = "{{n}}-api.${var.zone_name}"
                  regional_certificate_arn = var.certificate_arn
                  security_policy          = "{{policy}}"

                  endpoint_configuration {
                    types = ["REGIONAL"]
                  }
                }

                resource "aws_api_gateway_base_path_mapping" "{{n}}" {
                  api_id      = aws_api_gateway_rest_api.{{n}}.id
                  stage_name  = aws_api_gateway_stage.{{n}}.stage_name
                  domain_name = aws_api_gateway_domain_name.{{n}}.domain_name
                }
                """, "n", n, "logs", logs, "policy", mostly(r, "TLS_1_2", "TLS_1_0"));
    }
}
