package dev.bulwark.bench;

import java.util.Random;

import static dev.bulwark.bench.Tf.fill;
import static dev.bulwark.bench.Tf.mostly;
import static dev.bulwark.bench.Tf.pick;

/** Identity service files: roles for people and workloads, a deployment policy and a CI machine user. */
final class IdentityFlavour {
    private IdentityFlavour() {}

    static String write(String n, Random r) {
        String mfa = mostly(r) ? """

                    condition {
                      test     = "Bool"
                      variable = "aws:MultiFactorAuthPresent"
                      values   = ["true"]
                    }
                """.stripTrailing() : "";
        String deployActions = mostly(r, "[\"ecs:UpdateService\", \"ecs:DescribeServices\", \"ecs:RegisterTaskDefinition\"]",
                pick(r, "\"ecs:*\"", "\"*\""));
        // CI users get rights through their group; some stacks still attach the policy to the user directly.
        String membership = mostly(r) ? fill("""
                resource "aws_iam_user_group_membership" "{{n}}_ci" {
                  user   = aws_iam_user.{{n}}_ci.name
                  groups = [aws_iam_group.{{n}}.name]
                }
                """, "n", n) : fill("""
                resource "aws_iam_user_policy_attachment" "{{n}}_ci" {
                  user       = aws_iam_user.{{n}}_ci.name
                  policy_arn = aws_iam_policy.{{n}}_deploy.arn
                }
                """, "n", n);
        return fill("""
                # Service {{n}}: roles for operators and tasks, the deployment policy and the CI user.
                data "aws_iam_policy_document" "{{n}}_operator_trust" {
                  statement {
                    actions = ["sts:AssumeRole"]
                    principals {
                      type        = "AWS"
                      identifiers = ["arn:aws:iam::${var.account_id}:root"]
                    }{{mfa}}
                  }
                }

                resource "aws_iam_role" "{{n}}_operator" {
                  name                 = "${var.prefix}-{{n}}-operator"
                  assume_role_policy   = data.aws_iam_policy_document.{{n}}_operator_trust.json
                  max_session_duration = 3600
                }

                resource "aws_iam_role_policy_attachment" "{{n}}_operator" {
                  role       = aws_iam_role.{{n}}_operator.name
                  policy_arn = "arn:aws:iam::aws:policy/{{operatorPolicy}}"
                }

                resource "aws_iam_role" "{{n}}_task" {
                  name = "${var.prefix}-{{n}}-task"
                  assume_role_policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Action    = "sts:AssumeRole"
                      Principal = {{taskPrincipal}}
                    }]
                  })

                  inline_policy {
                    name = "read-config"
                    policy = jsonencode({
                      Version = "2012-10-17"
                      Statement = [{
                        Effect   = "Allow"
                        Action   = ["ssm:GetParameter", "ssm:GetParametersByPath"]
                        Resource = "arn:aws:ssm:eu-west-1:${var.account_id}:parameter/${var.prefix}/{{n}}/*"
                      }]
                    })
                  }
                }

                resource "aws_iam_policy" "{{n}}_deploy" {
                  name        = "${var.prefix}-{{n}}-deploy"
                  description = "Lets the pipeline deploy {{n}}"
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [
                      {
                        Sid      = "Deploy"
                        Effect   = "Allow"
                        Action   = {{deployActions}}
                        Resource = "*"
                      },
                      {
                        Sid      = "PassTaskRole"
                        Effect   = "Allow"
                        Action   = "iam:PassRole"
                        Resource = {{passRole}}
                      }
                    ]
                  })
                }

                resource "aws_iam_group" "{{n}}" {
                  name = "${var.prefix}-{{n}}-deployers"
                }

                resource "aws_iam_group_policy_attachment" "{{n}}" {
                  group      = aws_iam_group.{{n}}.name
                  policy_arn = aws_iam_policy.{{n}}_deploy.arn
                }

                resource "aws_iam_user" "{{n}}_ci" {
                  name = "${var.prefix}-{{n}}-ci"
                  path = "/machines/"
                }

                {{membership}}
                resource "aws_iam_access_key" "{{n}}_ci" {
                  user   = aws_iam_user.{{n}}_ci.name
                  status = "{{keyStatus}}"
                }
                """, "n", n, "mfa", mfa, "operatorPolicy", pick(r, "ReadOnlyAccess", "PowerUserAccess", "AdministratorAccess"),
                "taskPrincipal", mostly(r, "{ Service = \"ecs-tasks.amazonaws.com\" }", "{ AWS = \"*\" }"),
                "deployActions", deployActions, "passRole", mostly(r, "aws_iam_role." + n + "_task.arn", "\"*\""),
                "membership", membership, "keyStatus", mostly(r, "Inactive", "Active"));
    }
}
