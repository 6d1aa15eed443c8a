package dev.bulwark.bench;

import java.util.Random;

import static dev.bulwark.bench.Tf.fill;
import static dev.bulwark.bench.Tf.mostly;

/** A backup vault and daily plan, with restore testing and snapshot copies for disaster recovery. */
final class BackupFlavour {
    private BackupFlavour() {}

    static String write(String n, Random r) {
        String copy = mostly(r) ? """


                    copy_action {
                      destination_vault_arn = var.dr_vault_arn
                      lifecycle {
                        delete_after = 90
                      }
                    }
                """.stripTrailing() : "";
        String selection = mostly(r) ? fill("""

                resource "aws_backup_selection" "{{n}}" {
                  name         = "{{n}}-tagged"
                  plan_id      = aws_backup_plan.{{n}}.id
                  iam_role_arn = var.backup_role_arn

                  selection_tag {
                    type  = "STRINGEQUALS"
                    key   = "Backup"
                    value = "daily"
                  }
                }
                """, "n", n) : "";
        String restoreTest = mostly(r) ? fill("""

                resource "aws_backup_restore_testing_plan" "{{n}}" {
                  name                = "{{n}}_weekly"
                  schedule_expression = "cron(0 5 ? * SUN *)"

                  recovery_point_selection {
                    algorithm            = "LATEST_WITHIN_WINDOW"
                    include_vaults       = [aws_backup_vault.{{n}}.arn]
                    recovery_point_types = ["SNAPSHOT"]
                  }
                }
                """, "n", n) : "";
        return fill("""
                # Service {{n}}: backups and disaster-recovery copies.
                resource "aws_kms_key" "{{n}}_backup" {
                  description         = "{{n}} recovery points"
                  enable_key_rotation = {{rotation}}
                }

                resource "aws_backup_vault" "{{n}}" {
                  name{{vaultKey}}
                }

                resource "aws_backup_plan" "{{n}}" {
                  name = "${var.prefix}-{{n}}-daily"

                  rule {
                    rule_name         = "daily"
                    target_vault_name = aws_backup_vault.{{n}}.name
                    schedule          = "cron(0 3 * * ? *)"
                    start_window      = 60
                    completion_window = 360

                    lifecycle {
                      delete_after = 35
                    }{{copy}}
                  }
                }
                """, "n", n, "rotation", mostly(r, "true", "false"),
                "vaultKey", mostly(r) ? "        = \"${var.prefix}-" + n + "\"\n  kms_key_arn = aws_kms_key." + n + "_backup.arn"
                        : " = \"${var.prefix}-" + n + "\"", "copy", copy)
                + selection + restoreTest + fill("""

                resource "aws_ebs_snapshot_copy" "{{n}}" {
                  source_snapshot_id = "snap-0{{snapshot}}"
                  source_region      = "eu-west-1"{{encryption}}
                }

                resource "aws_db_snapshot_copy" "{{n}}" {
                  source_db_snapshot_identifier = "arn:aws:rds:eu-west-1:${var.account_id}:snapshot:${var.prefix}-{{n}}-weekly"
                  target_db_snapshot_identifier = "${var.prefix}-{{n}}-weekly-dr"{{dbKey}}
                }
                """, "n", n, "snapshot", String.format("%016x", r.nextLong() & 0xffffffffffffffL),
                "encryption", mostly(r) ? "\n  encrypted          = true\n  kms_key_id         = aws_kms_key." + n + "_backup.arn" : "",
                "dbKey", mostly(r) ? "\n  kms_key_id                    = aws_kms_key." + n + "_backup.arn" : "");
    }
}
