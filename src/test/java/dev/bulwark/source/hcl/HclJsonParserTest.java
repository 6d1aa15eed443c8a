package dev.bulwark.source.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HclJsonParserTest {

    private static Body config(String json) throws HclParseException {
        return HclJsonParser.parse("main.tf.json", json).body();
    }

    private static Body tfvars(String json) throws HclParseException {
        return HclJsonParser.parse("terraform.tfvars.json", json).body();
    }

    private static String literalText(Expr expr) {
        assertThat(expr).isInstanceOf(Expr.Template.class);
        Expr.Template t = (Expr.Template) expr;
        StringBuilder sb = new StringBuilder();
        for (Expr.Part part : t.parts()) {
            assertThat(part).as("template part of %s", t).isInstanceOf(Expr.Part.Literal.class);
            sb.append(((Expr.Part.Literal) part).text());
        }
        return sb.toString();
    }

    private static String sourceOf(String source, Range range) {
        return source.substring(range.start().offset(), range.end().offset());
    }

    private static HclParseException parseError(String fileName, String json) {
        try {
            HclJsonParser.parse(fileName, json);
        } catch (HclParseException e) {
            return e;
        }
        throw new AssertionError("expected a parse error for: " + json);
    }

    @Nested
    class Values {
        @Test
        void numbersStayExact() throws Exception {
            Body body = tfvars("{\"big\": 12345678901234567890.125, \"neg\": -0.5e-3, \"int\": 7}");
            assertThat(((Expr.NumberLit) body.attribute("big").expr()).value())
                    .isEqualByComparingTo(new BigDecimal("12345678901234567890.125"));
            assertThat(((Expr.NumberLit) body.attribute("neg").expr()).value())
                    .isEqualByComparingTo(new BigDecimal("-0.0005"));
            assertThat(((Expr.NumberLit) body.attribute("int").expr()).value()).isEqualByComparingTo("7");
        }

        @Test
        void boolsNullTuplesAndObjects() throws Exception {
            Body body = tfvars("{\"t\": true, \"f\": false, \"n\": null, \"l\": [1, \"a\", [false]], \"o\": {\"k\": {\"x\": null}}}");
            assertThat(body.attribute("t").expr()).isInstanceOfSatisfying(Expr.BoolLit.class, b -> assertThat(b.value()).isTrue());
            assertThat(body.attribute("f").expr()).isInstanceOfSatisfying(Expr.BoolLit.class, b -> assertThat(b.value()).isFalse());
            assertThat(body.attribute("n").expr()).isInstanceOf(Expr.NullLit.class);
            Expr.Tuple list = (Expr.Tuple) body.attribute("l").expr();
            assertThat(list.items()).hasSize(3);
            assertThat(literalText(list.items().get(1))).isEqualTo("a");
            assertThat(((Expr.Tuple) list.items().get(2)).items().get(0)).isInstanceOf(Expr.BoolLit.class);
            Expr.ObjectCons object = (Expr.ObjectCons) body.attribute("o").expr();
            Expr.ObjectItem item = object.items().get(0);
            assertThat(literalText(item.key())).isEqualTo("k");
            assertThat(item.bareKey()).isFalse();
            assertThat(((Expr.ObjectCons) item.value()).items().get(0).value()).isInstanceOf(Expr.NullLit.class);
        }

        @Test
        void variableValueFilesNeverInterpolate() throws Exception {
            Body body = tfvars("{\"name\": \"${var.x}-%{ if a }b%{ endif }\", \"esc\": \"tab\\there\\u00e9\"}");
            assertThat(literalText(body.attribute("name").expr())).isEqualTo("${var.x}-%{ if a }b%{ endif }");
            assertThat(literalText(body.attribute("esc").expr())).isEqualTo("tab\there\u00e9");
        }

        @Test
        void attributesKeepSourceOrder() throws Exception {
            Body body = tfvars("{\"z\": 1, \"a\": 2, \"m\": 3}");
            assertThat(body.attributes()).extracting(Attribute::name).containsExactly("z", "a", "m");
        }
    }

    @Nested
    class Positions {
        @Test
        void keysValuesAndAttributesHaveExactRanges() throws Exception {
            String json = "{\n  \"region\": \"eu-west-1\",\n  \"count\": 12.5\n}\n";
            Body body = tfvars(json);
            Attribute region = body.attribute("region");
            assertThat(region.nameRange().start()).isEqualTo(new Pos(2, 3, 4));
            assertThat(sourceOf(json, region.nameRange())).isEqualTo("\"region\"");
            assertThat(sourceOf(json, region.expr().range())).isEqualTo("\"eu-west-1\"");
            assertThat(sourceOf(json, region.range())).isEqualTo("\"region\": \"eu-west-1\"");
            Attribute count = body.attribute("count");
            assertThat(count.expr().range()).isEqualTo(new Range(new Pos(3, 12, 38), new Pos(3, 16, 42)));
            assertThat(body.range()).isEqualTo(new Range(new Pos(1, 1, 0), new Pos(4, 2, 44)));
        }

        @Test
        void literalPartCoversTheTextBetweenTheQuotes() throws Exception {
            String json = "{\"a\": \"hello\"}";
            Expr.Template t = (Expr.Template) tfvars(json).attribute("a").expr();
            assertThat(sourceOf(json, t.parts().get(0).range())).isEqualTo("hello");
        }

        @Test
        void escapedQuotesDoNotEndTheStringRange() throws Exception {
            String json = "{\"a\": \"say \\\"hi\\\"\", \"b\": [\"x\\\\\"]}";
            Body body = tfvars(json);
            assertThat(sourceOf(json, body.attribute("a").expr().range())).isEqualTo("\"say \\\"hi\\\"\"");
            assertThat(sourceOf(json, body.attribute("b").expr().range())).isEqualTo("[\"x\\\\\"]");
        }

        @Test
        void offsetsAreUtf8BytesAndColumnsAreCodePoints() throws Exception {
            String json = "{\"a\": \"\u00e9\u00e9\", \"b\": 1}";
            Attribute b = tfvars(json).attribute("b");
            // "é" is two bytes in UTF-8: the key "b" starts at character 12 but byte 14.
            assertThat(b.nameRange().start()).isEqualTo(new Pos(1, 13, 14));
            // An emoji is two UTF-16 chars, one column and four bytes.
            Attribute afterEmoji = tfvars("{\"a\": \"\uD83D\uDE00\", \"b\": 1}").attribute("b");
            assertThat(afterEmoji.nameRange().start()).isEqualTo(new Pos(1, 12, 14));
        }

        @Test
        void aLeadingByteOrderMarkIsSkippedButCountedInOffsets() throws Exception {
            Attribute a = tfvars("\uFEFF{\"a\": 1}").attribute("a");
            assertThat(a.nameRange().start()).isEqualTo(new Pos(1, 2, 4));
        }

        @Test
        void crlfLineEndingsCountAsOneLineBreak() throws Exception {
            Attribute b = tfvars("{\r\n\"a\": 1,\r\n\"b\": 2}").attribute("b");
            assertThat(b.nameRange().start()).isEqualTo(new Pos(3, 1, 12));
        }
    }

    @Nested
    class Blocks {
        @Test
        void labelsUnfoldLevelByLevel() throws Exception {
            String json = """
                    {
                      "resource": {
                        "aws_s3_bucket": {
                          "logs": {"count": 2},
                          "data": {"count": 3}
                        },
                        "aws_kms_key": {"main": {}}
                      },
                      "data": {"aws_caller_identity": {"current": {}}},
                      "module": {"vpc": {"cidr": 10}},
                      "locals": {"retention": 30}
                    }
                    """;
            Body body = config(json);
            assertThat(body.blocks()).extracting(Block::type, Block::labels).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("resource", List.of("aws_s3_bucket", "logs")),
                    org.assertj.core.groups.Tuple.tuple("resource", List.of("aws_s3_bucket", "data")),
                    org.assertj.core.groups.Tuple.tuple("resource", List.of("aws_kms_key", "main")),
                    org.assertj.core.groups.Tuple.tuple("data", List.of("aws_caller_identity", "current")),
                    org.assertj.core.groups.Tuple.tuple("module", List.of("vpc")),
                    org.assertj.core.groups.Tuple.tuple("locals", List.of()));
            Block logs = body.blocks().get(0);
            assertThat(sourceOf(json, logs.typeRange())).isEqualTo("\"resource\"");
            assertThat(sourceOf(json, logs.range())).isEqualTo("\"logs\": {\"count\": 2}");
            assertThat(sourceOf(json, logs.body().range())).isEqualTo("{\"count\": 2}");
            assertThat(logs.body().attribute("count").expr()).isInstanceOf(Expr.NumberLit.class);
            assertThat(body.blocks("locals").get(0).body().attribute("retention")).isNotNull();
            assertThat(body.attributes()).isEmpty();
        }

        @Test
        void anArrayOfBodiesMeansSeveralBlocks() throws Exception {
            Body body = config("{\"provider\": {\"aws\": [{\"region\": 1}, {\"region\": 2}]}, \"terraform\": [{}, {}]}");
            assertThat(body.blocks("provider")).hasSize(2).allSatisfy(b -> assertThat(b.labels()).containsExactly("aws"));
            assertThat(body.blocks("terraform")).hasSize(2);
        }

        @Test
        void anArrayMayStandForAnyLabelLevel() throws Exception {
            Body body = config("{\"resource\": [{\"a_type\": {\"one\": {}}}, {\"a_type\": [{\"two\": {}}]}]}");
            assertThat(body.blocks()).extracting(Block::labels)
                    .containsExactly(List.of("a_type", "one"), List.of("a_type", "two"));
        }

        @Test
        void commentKeysAreIgnoredInBodiesAndLabelLevels() throws Exception {
            Body body = config("{\"//\": \"top\", \"resource\": {\"//\": {\"any\": 1}, \"t\": {\"n\": {\"//\": [\"x\"], \"count\": 1}}}}");
            assertThat(body.attributes()).isEmpty();
            assertThat(body.blocks()).singleElement().satisfies(b -> {
                assertThat(b.labels()).containsExactly("t", "n");
                assertThat(b.body().attributes()).extracting(Attribute::name).containsExactly("count");
            });
        }

        @Test
        void emptyLabelObjectsAndArraysMeanNoBlocks() throws Exception {
            assertThat(config("{\"resource\": {}, \"variable\": {\"x\": []}, \"output\": []}").blocks()).isEmpty();
        }

        @Test
        void metaBlocksInsideResourcesAreBlocks() throws Exception {
            String json = """
                    {"resource": {"aws_instance": {"web": {
                      "lifecycle": {"prevent_destroy": true, "precondition": [{"condition": true}, {"condition": false}]},
                      "provisioner": {"local-exec": [{"on_failure": null}], "file": {"connection": {"port": 22}}},
                      "connection": {"port": 22},
                      "timeouts": {"create": null},
                      "dynamic": {"ebs": {"content": {"size": 8, "dynamic": {"inner": {"content": {}}}}}}
                    }}}}
                    """;
            Body web = config(json).blocks().get(0).body();
            assertThat(web.attributes()).isEmpty();
            assertThat(web.blocks()).extracting(Block::type, Block::labels).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("lifecycle", List.of()),
                    org.assertj.core.groups.Tuple.tuple("provisioner", List.of("local-exec")),
                    org.assertj.core.groups.Tuple.tuple("provisioner", List.of("file")),
                    org.assertj.core.groups.Tuple.tuple("connection", List.of()),
                    org.assertj.core.groups.Tuple.tuple("timeouts", List.of()),
                    org.assertj.core.groups.Tuple.tuple("dynamic", List.of("ebs")));
            assertThat(web.blocks("lifecycle").get(0).body().blocks("precondition")).hasSize(2);
            assertThat(web.blocks("provisioner").get(1).body().blocks("connection")).hasSize(1);
            Body content = web.blocks("dynamic").get(0).body().blocks("content").get(0).body();
            assertThat(content.attribute("size")).isNotNull();
            assertThat(content.blocks("dynamic")).singleElement()
                    .satisfies(b -> assertThat(b.labels()).containsExactly("inner"));
        }

        @Test
        void terraformBlockNestsBackendAndRequiredProviders() throws Exception {
            String json = """
                    {"terraform": {
                      "required_version": ">= 1.5.0",
                      "backend": {"s3": {"bucket": "state-${x}", "encrypt": true}},
                      "required_providers": {"aws": {"source": "hashicorp/aws", "version": "~> 5.0"}}
                    }}
                    """;
            Body terraform = config(json).blocks().get(0).body();
            assertThat(literalText(terraform.attribute("required_version").expr())).isEqualTo(">= 1.5.0");
            Block backend = terraform.blocks("backend").get(0);
            assertThat(backend.labels()).containsExactly("s3");
            // Backend settings are read without evaluation, so "${x}" is plain text there.
            assertThat(literalText(backend.body().attribute("bucket").expr())).isEqualTo("state-${x}");
            Expr.ObjectCons aws = (Expr.ObjectCons) terraform.blocks("required_providers").get(0).body()
                    .attribute("aws").expr();
            assertThat(literalText(aws.items().get(0).key())).isEqualTo("source");
            assertThat(literalText(aws.items().get(0).value())).isEqualTo("hashicorp/aws");
        }

        @Test
        void variableDefaultsAndDescriptionsAreLiteral() throws Exception {
            Body variable = config("{\"variable\": {\"env\": {\"default\": \"${not.a.ref}\", \"description\": \"%{x}\"}}}")
                    .blocks().get(0).body();
            assertThat(literalText(variable.attribute("default").expr())).isEqualTo("${not.a.ref}");
            assertThat(literalText(variable.attribute("description").expr())).isEqualTo("%{x}");
        }

        @Test
        void unknownTopLevelKeysStayAttributes() throws Exception {
            Body body = config("{\"resources\": {\"t\": {\"n\": {}}}}");
            assertThat(body.blocks()).isEmpty();
            assertThat(body.attribute("resources").expr()).isInstanceOf(Expr.ObjectCons.class);
        }

        @Test
        void tfvarsFilesHaveNoBlocks() throws Exception {
            Body body = tfvars("{\"resource\": {\"t\": {\"n\": {}}}}");
            assertThat(body.blocks()).isEmpty();
            assertThat(body.attribute("resource")).isNotNull();
        }
    }

    @Nested
    class Templates {
        @Test
        void stringsAreTemplatesWithPositionsInTheFile() throws Exception {
            String json = "{\"locals\": {\"name\": \"app-${var.env}\"}}";
            Expr.Template t = (Expr.Template) config(json).blocks().get(0).body().attribute("name").expr();
            assertThat(sourceOf(json, t.range())).isEqualTo("\"app-${var.env}\"");
            assertThat(t.heredoc()).isFalse();
            assertThat(t.parts()).hasSize(2);
            assertThat(((Expr.Part.Literal) t.parts().get(0)).text()).isEqualTo("app-");
            Expr.Part.Interp interp = (Expr.Part.Interp) t.parts().get(1);
            Expr.GetAttr env = (Expr.GetAttr) interp.expr();
            assertThat(env.name()).isEqualTo("env");
            assertThat(sourceOf(json, env.range())).isEqualTo("var.env");
        }

        @Test
        void aLoneInterpolationStaysATemplateInArguments() throws Exception {
            Body resource = config("{\"resource\": {\"t\": {\"n\": {\"count\": \"${length(var.azs)}\"}}}}").blocks().get(0).body();
            Expr.Template count = (Expr.Template) resource.attribute("count").expr();
            assertThat(count.parts()).singleElement().isInstanceOfSatisfying(Expr.Part.Interp.class,
                    interp -> assertThat(interp.expr()).isInstanceOf(Expr.Call.class));
        }

        @Test
        void objectKeysInArgumentsAreTemplates() throws Exception {
            Body resource = config("{\"resource\": {\"t\": {\"n\": {\"tags\": {\"${var.prefix}-name\": \"x\", \"Env\": \"prod\"}}}}}")
                    .blocks().get(0).body();
            Expr.ObjectCons tags = (Expr.ObjectCons) resource.attribute("tags").expr();
            Expr.Template dynamicKey = (Expr.Template) tags.items().get(0).key();
            assertThat(dynamicKey.parts().get(0)).isInstanceOf(Expr.Part.Interp.class);
            assertThat(literalText(tags.items().get(1).key())).isEqualTo("Env");
        }

        @Test
        void referenceArgumentsAreExpressionText() throws Exception {
            String json = """
                    {"resource": {"aws_instance": {"web": {
                      "provider": "aws.west",
                      "depends_on": ["aws_iam_role.app", "${module.vpc}"],
                      "lifecycle": {"ignore_changes": ["tags", "ami"]}
                    }}}}
                    """;
            Body web = config(json).blocks().get(0).body();
            Expr.GetAttr provider = (Expr.GetAttr) web.attribute("provider").expr();
            assertThat(provider.name()).isEqualTo("west");
            assertThat(((Expr.Variable) provider.object()).name()).isEqualTo("aws");
            assertThat(sourceOf(json, provider.range())).isEqualTo("aws.west");
            Expr.Tuple dependsOn = (Expr.Tuple) web.attribute("depends_on").expr();
            assertThat(dependsOn.items().get(0)).isInstanceOfSatisfying(Expr.GetAttr.class,
                    g -> assertThat(sourceOf(json, g.range())).isEqualTo("aws_iam_role.app"));
            // The older "${...}" form is unwrapped to the same reference.
            assertThat(dependsOn.items().get(1)).isInstanceOfSatisfying(Expr.GetAttr.class,
                    g -> assertThat(sourceOf(json, g.range())).isEqualTo("module.vpc"));
            Expr.Tuple ignored = (Expr.Tuple) web.blocks("lifecycle").get(0).body().attribute("ignore_changes").expr();
            assertThat(ignored.items()).allSatisfy(e -> assertThat(e).isInstanceOf(Expr.Variable.class));
        }

        @Test
        void variableTypeIsATypeExpression() throws Exception {
            String json = "{\"variable\": {\"subnets\": {\"type\": \"map(object({cidr = string}))\"}}}";
            Expr type = config(json).blocks().get(0).body().attribute("type").expr();
            assertThat(type).isInstanceOfSatisfying(Expr.Call.class, call -> {
                assertThat(call.name()).isEqualTo("map");
                assertThat(sourceOf(json, call.range())).isEqualTo("map(object({cidr = string}))");
            });
        }

        @Test
        void templateErrorsPointIntoTheFile() {
            HclParseException e = parseError("main.tf.json", "{\n\"locals\": {\"a\": \"x-${var.}\"}}");
            assertThat(e.file()).isEqualTo("main.tf.json");
            assertThat(e.pos().line()).isEqualTo(2);
            assertThat(e.pos().column()).isBetween(19, 26);
        }

        @Test
        void emptyExpressionTextIsAnError() {
            HclParseException e = parseError("main.tf.json", "{\"variable\": {\"v\": {\"type\": \"\"}}}");
            assertThat(e.getMessage()).isEqualTo("main.tf.json:1:29: expected an expression, found an empty string");
        }
    }

    @Nested
    class Errors {
        @Test
        void wrongShapeForABlockSaysWhatWasExpected() {
            HclParseException e = parseError("main.tf.json", "{\"resource\": 5}");
            assertThat(e.getMessage()).isEqualTo(
                    "main.tf.json:1:14: block \"resource\" needs an object keyed by its type label; found a number");
        }

        @Test
        void wrongShapeForABodyNamesTheBlock() {
            HclParseException e = parseError("main.tf.json", "{\"resource\": {\"aws_s3_bucket\": {\"b\": \"x\"}}}");
            assertThat(e.getMessage()).isEqualTo("main.tf.json:1:38: the body of block \"resource\" \"aws_s3_bucket\" \"b\""
                    + " must be an object, or an array of objects for several blocks; found a string");
        }

        @Test
        void arrayItemsOfBodiesMustBeObjects() {
            HclParseException e = parseError("main.tf.json", "{\"terraform\": [{}, 3]}");
            assertThat(e.getMessage()).isEqualTo(
                    "main.tf.json:1:20: each body of block \"terraform\" in this array must be an object; found a number");
        }

        @Test
        void metaBlockGivenAsAStringIsAnError() {
            HclParseException e = parseError("main.tf.json", "{\"resource\": {\"t\": {\"n\": {\"lifecycle\": true}}}}");
            assertThat(e.detail()).startsWith("the body of block \"lifecycle\" must be an object");
            assertThat(e.pos()).isEqualTo(new Pos(1, 40, 39));
        }

        @Test
        void duplicateKeysAreRejectedAtTheSecondKey() {
            HclParseException e = parseError("main.tf.json", "{\"locals\": {\"a\": 1,\n \"a\": 2}}");
            assertThat(e.getMessage()).isEqualTo("main.tf.json:2:2: duplicate key \"a\"; it is already defined at 1:13");
        }

        @Test
        void topLevelMustBeAnObject() {
            assertThat(parseError("x.tf.json", "[1]").getMessage())
                    .isEqualTo("x.tf.json:1:1: a JSON configuration file must contain an object at the top level; found an array");
        }

        @Test
        void emptyFileIsAnError() {
            assertThat(parseError("x.tf.json", "  \n").detail()).contains("empty");
        }

        @Test
        void truncatedFileSaysWhichBracketIsOpen() {
            HclParseException e = parseError("x.tf.json", "{\n  \"locals\": {\n    \"a\": [1, 2\n");
            assertThat(e.detail()).isEqualTo("unexpected end of input: the array opened at 3:10 is not closed");
            assertThat(e.pos().line()).isEqualTo(4);
        }

        @Test
        void trailingContentIsAnError() {
            HclParseException e = parseError("x.tf.json", "{} {}");
            assertThat(e.pos()).isEqualTo(new Pos(1, 4, 3));
            assertThat(e.detail()).contains("after the end of the top-level value");
        }

        @Test
        void syntaxErrorsUseJacksonPositions() {
            HclParseException e = parseError("x.tf.json", "{\n  \"a\" 1\n}");
            assertThat(e.getMessage()).isEqualTo("x.tf.json:2:7: unexpected character '1': expected ':' after the key");
        }

        @Test
        void parserLimitsAreReportedWithoutJavaNames() {
            assertThat(parseError("x.tf.json", "{\"a\": " + "1".repeat(1200) + "}").detail())
                    .isEqualTo("number value length (1200) exceeds the maximum allowed (1000)");
            assertThat(parseError("x.tf.json", "{\"a\": " + "[".repeat(1500) + "]".repeat(1500) + "}").detail())
                    .isEqualTo("document nesting depth (1001) exceeds the maximum allowed (1000)");
        }

        @Test
        void mismatchedBracketNamesTheOpenObject() {
            HclParseException e = parseError("x.tf.json", "{\"a\": 1]");
            assertThat(e.detail()).isEqualTo("unexpected closing bracket ']': expected '}' to close the object opened at 1:1");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "{\"a\": 1", "{\"a\" 1}", "{\"a\": tru}", "{\"a\": NaN}", "{\"a\": 01}", "{\"a\": \"x\ny\"}",
            "{\"a\": 1]", "{//x\n}", "{\"a\": \"\\x\"}", "{} x", "{\"a\":'x'}", "[1,]", "{\"a\":1,}",
            "{\"a\": \"abc", "{\"a\": [1 2]}", "{\"a\": -}", "{\"a\": 1.}", "{\"a\": +1}", "{a: 1}",
            "{\"a\": Infinity}", "{\"a\": [}", "{\"a\": {\"b\": }}", "\uFEFF{} x", "{\"a\": \"\\u12\"}",
            "{\"a\": \"\u0001\"}", "{\"a\":1}}", "]", "{\"a\": 1 /* c */}", "{\"a\": True}", "\u00a0{}"
        })
        void invalidJsonGivesACleanMessage(String json) {
            HclParseException e = parseError("bad.tf.json", json);
            assertThat(e.getMessage()).startsWith("bad.tf.json:");
            assertThat(e.detail())
                    .doesNotContain("Jackson", "jackson", "Feature", "Source", "REDACTED", "code ", "com.fasterxml",
                            "JsonToken", "field name", "START_", "END_", "Object entries", "`", "Constraints")
                    .isNotBlank();
            assertThat(Character.isUpperCase(e.detail().charAt(0))).as(e.detail()).isFalse();
            assertThat(e.pos().line()).isPositive();
            assertThat(e.pos().column()).isPositive();
            assertThat(e.getCause()).isNull();
        }
    }
}
