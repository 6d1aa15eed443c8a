package dev.bulwark.source.hcl;

import static dev.bulwark.source.hcl.NativeSyntaxSketch.body;
import static dev.bulwark.source.hcl.NativeSyntaxSketch.sketch;
import static dev.bulwark.source.hcl.NativeSyntaxSketch.sketchAttr;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HclParserBodyTest {

    @Test
    void attributesAndBlocksKeepSourceOrder() {
        Body b = body("""
                a = 1
                resource "aws_s3_bucket" "logs" {
                  bucket = "logs"
                }
                b = true
                provider aws {}
                """);
        assertThat(b.attributes()).extracting(Attribute::name).containsExactly("a", "b");
        assertThat(b.blocks()).extracting(Block::type).containsExactly("resource", "provider");
        Block resource = b.blocks().get(0);
        assertThat(resource.labels()).containsExactly("aws_s3_bucket", "logs");
        assertThat(sketch(resource.body().attribute("bucket").expr())).isEqualTo("\"logs\"");
        assertThat(b.blocks().get(1).labels()).containsExactly("aws");
        assertThat(b.blocks().get(1).body().attributes()).isEmpty();
    }

    @Test
    void blocksTakeAnyNumberOfLabelsQuotedOrBare() {
        Body b = body("""
                locals {
                }
                variable "region" {}
                a b c "d" e "f g" {
                }
                """);
        assertThat(b.blocks()).extracting(Block::labels).containsExactly(
                List.of(), List.of("region"), List.of("b", "c", "d", "e", "f g"));
    }

    @Test
    void quotedLabelsDecodeEscapes() {
        Body b = body("x \"tab\\there\" \"q\\\"uote\" \"$${literal}\" \"\\u00e9\" {}\n");
        assertThat(b.blocks().get(0).labels()).containsExactly("tab\there", "q\"uote", "${literal}", "\u00e9");
    }

    @Test
    void emptyLabelIsAllowed() {
        assertThat(body("x \"\" {}").blocks().get(0).labels()).containsExactly("");
    }

    @Test
    void nestedBlocksRepeatAndMayShareNamesWithAttributes() {
        Body b = body("""
                resource "aws_security_group" "web" {
                  ingress {
                    from_port = 443
                  }
                  ingress {
                    from_port = 80
                  }
                  egress = []
                  egress {
                  }
                }
                """);
        Body inner = b.blocks().get(0).body();
        assertThat(inner.blocks("ingress")).hasSize(2);
        assertThat(sketch(inner.blocks("ingress").get(1).body().attribute("from_port").expr())).isEqualTo("80");
        assertThat(inner.attribute("egress")).isNotNull();
        assertThat(inner.blocks("egress")).hasSize(1);
    }

    @Test
    void singleLineBlocks() {
        Body b = body("""
                a { b = 1 }
                c {}
                d "x" { }
                e { f = { g = [1, 2] } }
                """);
        assertThat(sketch(b.blocks().get(0).body().attribute("b").expr())).isEqualTo("1");
        assertThat(b.blocks().get(1).body().attributes()).isEmpty();
        assertThat(b.blocks().get(2).labels()).containsExactly("x");
        assertThat(b.blocks().get(2).body().attributes()).isEmpty();
        assertThat(sketch(b.blocks().get(3).body().attribute("f").expr())).isEqualTo("{g=[1, 2]}");
    }

    @Test
    void emptyBlockMayCloseOnItsOwnLineOrTheSameLine() {
        Body b = body("a {\n}\nb {\n\n\n}\nc {}\n");
        assertThat(b.blocks()).hasSize(3).allSatisfy(x -> assertThat(x.body().attributes()).isEmpty());
    }

    @Test
    void allCommentFormsAreIgnored() {
        Body b = body("""
                # hash comment
                // slash comment
                /* block
                   comment */
                a = 1 # trailing
                b = 2 // trailing
                c = /* inline */ 3
                d { # after brace
                  e = 4 /* before newline */
                } // after block
                f = [ # inside a tuple
                  1, /* two */ 2,
                ]
                # last line without newline""");
        assertThat(b.attributes()).extracting(Attribute::name).containsExactly("a", "b", "c", "f");
        assertThat(sketch(b.attribute("c").expr())).isEqualTo("3");
        assertThat(sketch(b.blocks().get(0).body().attribute("e").expr())).isEqualTo("4");
        assertThat(sketch(b.attribute("f").expr())).isEqualTo("[1, 2]");
    }

    @Test
    void commentMarkersInsideStringsAreText() {
        assertThat(sketchAttr("a = \"# not // a /* comment\"\n", "a")).isEqualTo("\"# not // a /* comment\"");
    }

    @Test
    void crlfLineEndingsWork() {
        Body b = body("a = 1\r\nblock \"x\" {\r\n  b = \"two\" # c\r\n}\r\n\r\nc = [\r\n  1,\r\n]\r\n");
        assertThat(b.attributes()).extracting(Attribute::name).containsExactly("a", "c");
        assertThat(sketch(b.blocks().get(0).body().attribute("b").expr())).isEqualTo("\"two\"");
        assertThat(sketch(b.attribute("c").expr())).isEqualTo("[1]");
    }

    @Test
    void byteOrderMarkIsSkipped() {
        Body b = body("\uFEFFa = 1\n");
        assertThat(b.attribute("a")).isNotNull();
    }

    @Test
    void emptyAndBlankFilesHaveEmptyBodies() {
        assertThat(body("").attributes()).isEmpty();
        assertThat(body("\n\n  \n# only a comment\n").blocks()).isEmpty();
        assertThat(body("\uFEFF").attributes()).isEmpty();
    }

    @Test
    void lastAttributeNeedsNoTrailingNewline() {
        assertThat(sketchAttr("a = 1\nb = \"x\"", "b")).isEqualTo("\"x\"");
        assertThat(body("a {\n}").blocks()).hasSize(1);
    }

    @Test
    void sameAttributeNameInDifferentBodiesIsFine() {
        Body b = body("name = 1\nx {\n  name = 2\n}\ny {\n  name = 3\n}\n");
        assertThat(b.blocks()).extracting(x -> sketch(x.body().attribute("name").expr())).containsExactly("2", "3");
    }

    @Test
    void attributeAndBlockNamesMayBeKeywordsOrContainDashes() {
        Body b = body("""
                for = 1
                if = 2
                null = 3
                in-dash-ed = 4
                true {
                }
                _private = 5
                """);
        assertThat(b.attributes()).extracting(Attribute::name)
                .containsExactly("for", "if", "null", "in-dash-ed", "_private");
        assertThat(b.blocks()).extracting(Block::type).containsExactly("true");
    }

    @Test
    void unicodeIdentifiers() {
        Body b = body("größe = 1\nnamé \"ü\" {\n}\n");
        assertThat(b.attribute("größe")).isNotNull();
        assertThat(b.blocks().get(0).type()).isEqualTo("namé");
    }

    @Test
    void configFileCarriesThePath() throws HclParseException {
        ConfigFile f = HclParser.parse("modules/net/main.tf", "a = 1\n");
        assertThat(f.path()).isEqualTo("modules/net/main.tf");
    }

    @Test
    void tfvarsStyleValues() {
        Body b = body("""
                region = "eu-west-1"
                counts = { web = 2, db = 1 }
                zones  = ["a", "b"]
                ratio  = -0.25
                """);
        assertThat(sketch(b.attribute("counts").expr())).isEqualTo("{web=2, db=1}");
        assertThat(sketch(b.attribute("ratio").expr())).isEqualTo("(-0.25)");
    }

    @Test
    void heredocValueEndsTheAttributeAtItsClosingMarker() {
        Body b = body("""
                a = <<EOT
                text
                EOT
                b = 2
                """);
        assertThat(sketch(b.attribute("a").expr())).isEqualTo("<<\"text\\n\"");
        assertThat(sketch(b.attribute("b").expr())).isEqualTo("2");
    }
}
