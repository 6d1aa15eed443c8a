package dev.bulwark.source.hcl;

/**
 * Reader for Terraform's JSON configuration syntax ({@code .tf.json}, {@code .tfvars.json}). It
 * produces the same tree as {@link HclParser}: blocks, attributes and expressions with exact
 * source positions (line, column, UTF-8 byte offset).
 *
 * <p>Without provider schemas, JSON cannot say whether an object inside a resource is a nested
 * block or a map attribute; only the blocks Terraform itself defines ({@code lifecycle},
 * {@code provisioner}, {@code connection}, {@code dynamic}, {@code timeouts}, and the top-level
 * and {@code terraform} blocks) are decoded as blocks, everything else as object or tuple
 * attributes. Strings are templates where Terraform evaluates them as templates, expression text
 * where it expects references or types ({@code depends_on}, {@code provider}, variable
 * {@code type}), and plain strings where it reads values without evaluation (variable defaults,
 * backend settings, and every value of a {@code .tfvars.json} file).
 *
 * <p>Pure and thread-safe.
 */
public final class HclJsonParser {
    private HclJsonParser() {}

    /**
     * Parses one JSON configuration file. A name ending in {@code .tfvars.json} is read as a
     * variable values file (attributes only, literal strings); anything else as configuration.
     */
    public static ConfigFile parse(String fileName, String source) throws HclParseException {
        JsonSourcePositions positions = new JsonSourcePositions(source);
        JsonSyntax root = new JsonSyntaxReader(fileName, positions).readDocument();
        if (!(root instanceof JsonSyntax.JsonObject object)) {
            throw new HclParseException(fileName, root.range().start(),
                    "a JSON configuration file must contain an object at the top level; found " + root.kind());
        }
        JsonBodySchema schema = isVariableValuesFile(fileName)
                ? TerraformJsonSchema.VARIABLE_VALUES
                : TerraformJsonSchema.CONFIG_ROOT;
        return new ConfigFile(fileName, new JsonBodyDecoder(fileName).decodeBody(object, schema));
    }

    static boolean isVariableValuesFile(String fileName) {
        return fileName.endsWith(".tfvars.json");
    }
}
