package dev.bulwark.bench;

import java.util.Random;

import static dev.bulwark.bench.Tf.fill;
import static dev.bulwark.bench.Tf.mostly;
import static dev.bulwark.bench.Tf.pick;

/** Identity service files: roles for people and workloads (through the team's role module), a deployment policy and a CI machine user. */
final class IdentityFlavour {
    private IdentityFlavour() {}

    static String write(String n, Random r, String modules) {
        String mfa = mostly(r, "true", "false");
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
                module "{{n}}_roles" {
                  source      = "{{modules}}/iam-roles"
                  name_prefix = "${var.prefix}-{{n}}"
                  tags        = var.tags
                  defaults    = { max_session_duration = 3600 }

                  roles = {
                    operator = {
                      trusted_accounts    = [var.account_id]
                      require_mfa         = {{mfa}}
                      managed_policy_arns = ["arn:aws:iam::aws:policy/{{operatorPolicy}}"]
                    }
                    task = {
                      {{taskPrincipal}}
                      inline_policies = {
                        read-config = {
                          actions   = ["ssm:GetParameter", "ssm:GetParametersByPath"]
                          resources = ["arn:aws:ssm:eu-west-1:${var.account_id}:parameter/${var.prefix}/{{n}}/*"]
                        }
                      }
                    }
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
                """, "n", n, "modules", modules, "mfa", mfa, "operatorPolicy", pick(r, "ReadOnlyAccess", "PowerUserAccess", "AdministratorAccess"),
                "taskPrincipal", mostly(r, "trusted_services = [\"ecs-tasks.amazonaws.com\"]", "trusted_arns     = [\"*\"]"),
                "deployActions", deployActions, "passRole", mostly(r, "module." + n + "_roles.arns[\"task\"]", "\"*\""),
                "membership", membership, "keyStatus", mostly(r, "Inactive", "Active"));
    }
}
