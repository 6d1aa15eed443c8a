package dev.bulwark.bench;

import java.util.List;
import java.util.Random;

/**
 * Writes realistic Terraform module files: the mix of blocks, nested blocks, locals, for_each, count,
 * dynamic blocks, jsonencode policies and references seen in AWS modules. Files come in flavours
 * (storage and compute, databases and keys, edge and TLS, logging, monitoring and backup, identity,
 * network, containers, data platform, account baseline) so that a tree exercises most rules, with a
 * mix of compliant and non-compliant settings. Deterministic for an index and seed.
 */
public final class RealisticModules {
    private RealisticModules() {}

    /** Writes one service file whose names start with {@code n}, taking its choices from {@code r}. */
    private interface Flavour {
        String write(String n, Random r, String modules);
    }

    private static Flavour plain(java.util.function.BiFunction<String, Random, String> write) {
        return (n, r, modules) -> write.apply(n, r);
    }

    /**
     * Flavours of files 1..19 of every 20 indexes (GenerateTree writes 0..18 per module); file 0 is the
     * account baseline. Common kinds of service come more than once, as in real stacks.
     */
    private static final List<Flavour> SLOTS = List.of(
            StorageFlavour::write, plain(DatabaseFlavour::write), plain(EdgeFlavour::write), plain(MonitoringFlavour::write),
            IdentityFlavour::write, plain(KeyValueFlavour::write), StorageFlavour::write, plain(ContainerFlavour::write),
            plain(AnalyticsFlavour::write), plain(DatabaseFlavour::write), plain(ApiFlavour::write), plain(BackupFlavour::write),
            StorageFlavour::write, plain(NetworkFlavour::write), plain(KeyValueFlavour::write), plain(EdgeFlavour::write),
            IdentityFlavour::write, plain(MonitoringFlavour::write), StorageFlavour::write);

    public static String file(int index, long seed) {
        return file(index, seed, RegistryStyleModules.FROM_STACK);
    }

    /** As above, calling the modules of {@link RegistryStyleModules} at {@code modules}, relative to the file's directory. */
    public static String file(int index, long seed, String modules) {
        Random r = new Random(mix(seed * 1_000_003L + index));
        String n = "svc" + index;
        int slot = index % 20;
        return slot == 0 ? BaselineFlavour.write(n, r) : SLOTS.get(slot - 1).write(n, r, modules);
    }

    /**
     * SplitMix64's finalizer: java.util.Random's first outputs for neighbouring seeds are correlated,
     * which would give every file of a flavour the same choices.
     */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The variables every generated service file uses. */
    public static String variables() {
        return """
                variable "prefix" {
                  type    = string
                  default = "acme"
                }
                variable "tags" {
                  type    = map(string)
                  default = { Owner = "platform", Backup = "daily" }
                }
                variable "account_id" {
                  type    = string
                  default = "111122223333"
                }
                variable "kms_key_arn" {
                  type    = string
                  default = "arn:aws:kms:eu-west-1:111122223333:key/abc"
                }
                variable "vpc_id" {
                  type    = string
                  default = "vpc-123"
                }
                variable "vpc_cidr" {
                  type    = string
                  default = "10.0.0.0/16"
                }
                variable "admin_cidr" {
                  type    = string
                  default = "10.200.0.0/24"
                }
                variable "subnets" {
                  type = list(object({ cidr = string, tier = string }))
                  default = [
                    { cidr = "10.0.1.0/24", tier = "private" },
                    { cidr = "10.0.2.0/24", tier = "public" },
                  ]
                }
                variable "subnet_ids" {
                  type    = list(string)
                  default = ["subnet-1", "subnet-2"]
                }
                variable "public_subnet_ids" {
                  type    = list(string)
                  default = ["subnet-101", "subnet-102"]
                }
                variable "ami_id" {
                  type    = string
                  default = "ami-123"
                }
                variable "role_name" {
                  type    = string
                  default = "app"
                }
                variable "zone_name" {
                  type    = string
                  default = "example.com"
                }
                variable "certificate_arn" {
                  type    = string
                  default = "arn:aws:acm:eu-west-1:111122223333:certificate/web"
                }
                variable "cdn_certificate_arn" {
                  type    = string
                  default = "arn:aws:acm:us-east-1:111122223333:certificate/cdn"
                }
                variable "access_log_bucket" {
                  type    = string
                  default = "acme-access-logs"
                }
                variable "artifact_bucket" {
                  type    = string
                  default = "acme-artifacts"
                }
                variable "log_retention_days" {
                  type    = number
                  default = 365
                }
                variable "lambda_role_arn" {
                  type    = string
                  default = "arn:aws:iam::111122223333:role/lambda-exec"
                }
                variable "rotation_lambda_arn" {
                  type    = string
                  default = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-secrets"
                }
                variable "backup_role_arn" {
                  type    = string
                  default = "arn:aws:iam::111122223333:role/aws-backup"
                }
                variable "dr_vault_arn" {
                  type    = string
                  default = "arn:aws:backup:eu-central-1:111122223333:backup-vault:dr"
                }
                """;
    }
}
