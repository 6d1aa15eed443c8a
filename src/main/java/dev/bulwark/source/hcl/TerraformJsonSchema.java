package dev.bulwark.source.hcl;

import static dev.bulwark.source.hcl.JsonBodySchema.block;
import static dev.bulwark.source.hcl.JsonStringMode.EXPRESSION;
import static dev.bulwark.source.hcl.JsonStringMode.LITERAL;
import static dev.bulwark.source.hcl.JsonStringMode.TEMPLATE;

import java.util.Map;

/**
 * The block structure of Terraform's JSON configuration syntax, as far as it is known without
 * provider schemas. Provider-defined nested blocks (e.g. {@code ingress}, {@code tags} blocks)
 * cannot be told apart from map attributes in JSON, so they arrive as object attributes; only
 * the blocks Terraform itself defines are decoded as blocks.
 *
 * <p>String modes follow how Terraform evaluates each argument: arguments it reads without an
 * evaluation context (variable defaults, backend settings, module sources, ...) are literal
 * strings, reference-like arguments ({@code depends_on}, {@code provider}, variable
 * {@code type}, ...) are expression text, and everything else is a template.
 */
final class TerraformJsonSchema {
    private TerraformJsonSchema() {}

    /** {@code precondition}, {@code postcondition}, {@code validation}, {@code assert}. */
    static final JsonBodySchema CONDITION = JsonBodySchema.attributesOnly(TEMPLATE);

    static final JsonBodySchema LIFECYCLE = new JsonBodySchema(
            Map.of("precondition", block(() -> CONDITION),
                    "postcondition", block(() -> CONDITION)),
            Map.of("ignore_changes", EXPRESSION, "replace_triggered_by", EXPRESSION),
            TEMPLATE);

    static final JsonBodySchema CONNECTION = JsonBodySchema.attributesOnly(TEMPLATE);

    static final JsonBodySchema PROVISIONER = new JsonBodySchema(
            Map.of("connection", block(() -> CONNECTION)),
            Map.of("when", EXPRESSION, "on_failure", EXPRESSION),
            TEMPLATE);

    /** A provider-defined nested block body (only reachable through {@code dynamic}'s content). */
    static final JsonBodySchema NESTED = new JsonBodySchema(
            Map.of("dynamic", block(() -> TerraformJsonSchema.DYNAMIC, "name")),
            Map.of(), TEMPLATE);

    static final JsonBodySchema DYNAMIC = new JsonBodySchema(
            Map.of("content", block(() -> NESTED)),
            Map.of("iterator", EXPRESSION),
            TEMPLATE);

    /** Meta-blocks Terraform defines inside resource, data, module and provider bodies. */
    private static Map<String, JsonBodySchema.BlockSchema> metaBlocks() {
        return Map.of(
                "lifecycle", block(() -> LIFECYCLE),
                "provisioner", block(() -> PROVISIONER, "type"),
                "connection", block(() -> CONNECTION),
                "dynamic", block(() -> DYNAMIC, "name"),
                "timeouts", block(() -> JsonBodySchema.attributesOnly(TEMPLATE)));
    }

    static final JsonBodySchema RESOURCE = new JsonBodySchema(
            metaBlocks(),
            Map.of("depends_on", EXPRESSION, "provider", EXPRESSION),
            TEMPLATE);

    static final JsonBodySchema MODULE = new JsonBodySchema(
            metaBlocks(),
            Map.of("source", LITERAL, "version", LITERAL, "depends_on", EXPRESSION, "providers", EXPRESSION),
            TEMPLATE);

    static final JsonBodySchema PROVIDER = new JsonBodySchema(
            metaBlocks(),
            Map.of("alias", LITERAL, "version", LITERAL),
            TEMPLATE);

    static final JsonBodySchema VARIABLE = new JsonBodySchema(
            Map.of("validation", block(() -> CONDITION)),
            Map.of("type", EXPRESSION, "default", LITERAL, "description", LITERAL,
                    "sensitive", LITERAL, "nullable", LITERAL, "ephemeral", LITERAL),
            TEMPLATE);

    static final JsonBodySchema OUTPUT = new JsonBodySchema(
            Map.of("precondition", block(() -> CONDITION)),
            Map.of("description", LITERAL, "sensitive", LITERAL, "ephemeral", LITERAL, "depends_on", EXPRESSION),
            TEMPLATE);

    static final JsonBodySchema TERRAFORM = new JsonBodySchema(
            Map.of("backend", block(() -> JsonBodySchema.attributesOnly(LITERAL), "type"),
                    "cloud", block(() -> TerraformJsonSchema.CLOUD),
                    "required_providers", block(() -> JsonBodySchema.attributesOnly(LITERAL)),
                    "provider_meta", block(() -> JsonBodySchema.attributesOnly(TEMPLATE), "provider")),
            Map.of("required_version", LITERAL, "experiments", EXPRESSION),
            TEMPLATE);

    static final JsonBodySchema CLOUD = new JsonBodySchema(
            Map.of("workspaces", block(() -> JsonBodySchema.attributesOnly(LITERAL))),
            Map.of(), LITERAL);

    static final JsonBodySchema MOVED = new JsonBodySchema(
            Map.of(), Map.of("from", EXPRESSION, "to", EXPRESSION), TEMPLATE);

    static final JsonBodySchema IMPORT = new JsonBodySchema(
            Map.of(), Map.of("to", EXPRESSION, "provider", EXPRESSION), TEMPLATE);

    static final JsonBodySchema REMOVED = new JsonBodySchema(
            Map.of("lifecycle", block(() -> LIFECYCLE),
                    "provisioner", block(() -> PROVISIONER, "type"),
                    "connection", block(() -> CONNECTION)),
            Map.of("from", EXPRESSION),
            TEMPLATE);

    static final JsonBodySchema CHECK = new JsonBodySchema(
            Map.of("data", block(() -> RESOURCE, "type", "name"),
                    "assert", block(() -> CONDITION)),
            Map.of(), TEMPLATE);

    /** The top level of a {@code .tf.json} file. Unknown keys stay attributes for later validation. */
    static final JsonBodySchema CONFIG_ROOT = new JsonBodySchema(
            Map.ofEntries(
                    Map.entry("resource", block(() -> RESOURCE, "type", "name")),
                    Map.entry("data", block(() -> RESOURCE, "type", "name")),
                    Map.entry("ephemeral", block(() -> RESOURCE, "type", "name")),
                    Map.entry("module", block(() -> MODULE, "name")),
                    Map.entry("provider", block(() -> PROVIDER, "name")),
                    Map.entry("variable", block(() -> VARIABLE, "name")),
                    Map.entry("output", block(() -> OUTPUT, "name")),
                    Map.entry("locals", block(() -> JsonBodySchema.attributesOnly(TEMPLATE))),
                    Map.entry("terraform", block(() -> TERRAFORM)),
                    Map.entry("moved", block(() -> MOVED)),
                    Map.entry("import", block(() -> IMPORT)),
                    Map.entry("removed", block(() -> REMOVED)),
                    Map.entry("check", block(() -> CHECK, "name"))),
            Map.of(), TEMPLATE);

    /** The top level of a {@code .tfvars.json} file: values only, read without evaluation. */
    static final JsonBodySchema VARIABLE_VALUES = JsonBodySchema.attributesOnly(LITERAL);
}
