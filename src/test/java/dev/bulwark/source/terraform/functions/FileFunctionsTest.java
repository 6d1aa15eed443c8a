package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.b;
import static dev.bulwark.source.terraform.functions.V.l;
import static dev.bulwark.source.terraform.functions.V.o;
import static dev.bulwark.source.terraform.functions.V.s;
import static dev.bulwark.source.terraform.functions.V.strs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.model.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileFunctionsTest {
    @TempDir
    Path dir;

    private final List<String> rendered = new ArrayList<>();
    private FunctionContext ctx;

    /** A context over the temporary directory whose template rendering just records what it was given. */
    private class DirContext implements FunctionContext {
        @Override
        public String readFile(String path) throws FunctionException {
            return new String(readBytes(path), StandardCharsets.UTF_8);
        }

        @Override
        public byte[] readBytes(String path) throws FunctionException {
            try {
                return Files.readAllBytes(dir.resolve(path));
            } catch (IOException e) {
                throw new FunctionException("no file exists at " + path);
            }
        }

        @Override
        public boolean fileExists(String path) {
            return Files.isRegularFile(dir.resolve(path));
        }

        @Override
        public List<String> glob(String base, String pattern) throws FunctionException {
            try {
                return Glob.fileset(dir.resolve(base), pattern);
            } catch (IOException e) {
                throw new FunctionException(e.getMessage());
            }
        }

        @Override
        public Value renderTemplate(String text, Value variables) {
            rendered.add(text + " with " + ((Value.Obj) variables).fields().keySet());
            return Value.of("rendered");
        }
    }

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("hello.txt"), "Hello World");
        Files.write(dir.resolve("binary.bin"), new byte[] {(byte) 0xff, 0x00, 0x10});
        Files.createDirectories(dir.resolve("policies/nested"));
        Files.writeString(dir.resolve("policies/a.json"), "{}");
        Files.writeString(dir.resolve("policies/b.json"), "{}");
        Files.writeString(dir.resolve("policies/notes.md"), "#");
        Files.writeString(dir.resolve("policies/nested/c.json"), "{}");
        Files.writeString(dir.resolve("user_data.tftpl"), "#!/bin/sh\necho ${name}\n");
        ctx = new DirContext();
    }

    private Value call(String fn, Value... args) throws FunctionException {
        TfFunction f = Functions.lookup(fn, ctx);
        assertThat(f).as(fn).isNotNull();
        return f.call(List.of(args));
    }

    @Test
    void readsFilesAndDigestsThem() throws Exception {
        assertThat(call("file", s("hello.txt"))).isEqualTo(s("Hello World"));
        assertThat(call("filebase64", s("hello.txt"))).isEqualTo(s("SGVsbG8gV29ybGQ="));
        assertThat(call("filebase64", s("binary.bin"))).isEqualTo(s("/wAQ"));
        assertThat(call("filemd5", s("hello.txt"))).isEqualTo(s("b10a8db164e0754105b7a99be72e3fe5"));
        assertThat(call("filesha1", s("hello.txt"))).isEqualTo(s("0a4d55a8d778e5022fab701977c5d840bbc486d0"));
        assertThat(call("filesha256", s("hello.txt"))).isEqualTo(s("a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e"));
        assertThat(call("filebase64sha256", s("hello.txt"))).isEqualTo(s("pZGm1Av0IEBKARczz7exkNYsZb8LzaMrV7J32a2fFG4="));
        assertThat(((Value.Str) call("filesha512", s("hello.txt"))).value()).hasSize(128);
        assertThat(((Value.Str) call("filebase64sha512", s("hello.txt"))).value()).endsWith("==");
    }

    @Test
    void fileexistsAndFileset() throws Exception {
        assertThat(call("fileexists", s("hello.txt"))).isEqualTo(b(true));
        assertThat(call("fileexists", s("missing.txt"))).isEqualTo(b(false));
        assertThat(call("fileset", s("policies"), s("*.json"))).isEqualTo(strs("a.json", "b.json"));
        assertThat(call("fileset", s("policies"), s("**/*.json"))).isEqualTo(strs("a.json", "b.json", "nested/c.json"));
        assertThat(call("fileset", s("."), s("policies/{a,notes}.*"))).isEqualTo(strs("policies/a.json", "policies/notes.md"));
        assertThat(call("fileset", s("missing"), s("*"))).isEqualTo(l());
    }

    @Test
    void templatefileReadsTheFileAndAsksTheEvaluatorToRenderIt() throws Exception {
        assertThat(call("templatefile", s("user_data.tftpl"), o("name", s("web")))).isEqualTo(s("rendered"));
        assertThat(rendered).containsExactly("#!/bin/sh\necho ${name}\n with [name]");
        assertThat(call("templatefile", s("user_data.tftpl"), UNKNOWN)).isSameAs(UNKNOWN);
        assertThatThrownBy(() -> call("templatefile", s("user_data.tftpl"), l()))
                .hasMessage("templatefile: argument 2 must be an object or map of template variables, got list");
    }

    @Test
    void templatefileWithoutRendererIsUnknown() throws Exception {
        FunctionContext noTemplates = new DirContext() {
            @Override
            public Value renderTemplate(String text, Value variables) {
                return Value.unknown(dev.bulwark.model.UnknownReason.UNSUPPORTED_FUNCTION, "templates");
            }
        };
        Value v = Functions.lookup("templatefile", noTemplates).call(List.of(s("user_data.tftpl"), o()));
        assertThat(v).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void reportsMissingAndBinaryFiles() {
        assertThatThrownBy(() -> call("file", s("missing.txt"))).isInstanceOf(FunctionException.class)
                .hasMessage("file: no file exists at missing.txt");
        assertThatThrownBy(() -> call("file", s("binary.bin")))
                .hasMessage("file: the contents of \"binary.bin\" are not valid UTF-8; use filebase64 for binary files");
        assertThatThrownBy(() -> call("fileset", s("policies"), s("{a")))
                .hasMessage("fileset: invalid glob pattern \"{a\": unclosed {");
    }

    @Test
    void fileFunctionsNeedAContext() {
        assertThat(Functions.lookup("file")).isNull();
        assertThat(Functions.lookup("file", null)).isNull();
        assertThat(Functions.lookup("file", FunctionContext.NONE)).isNotNull();
        assertThatThrownBy(() -> Functions.lookup("file", FunctionContext.NONE).call(List.of(s("x"))))
                .hasMessageStartingWith("file: file functions are not available here");
        assertThat(Functions.names()).contains("file", "templatefile", "fileset");
        assertThat(Functions.fileFunctionNames()).contains("file", "templatefile").doesNotContain("upper");
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "*.tf, main.tf, true",
        "*.tf, modules/main.tf, false",
        "**/*.tf, main.tf, true",
        "**/*.tf, a/b/main.tf, true",
        "modules/**, modules/a/b.tf, true",
        "modules/**, other/a.tf, false",
        "a?c, abc, true",
        "a?c, a/c, false",
        "[ab].txt, b.txt, true",
        "[!ab].txt, b.txt, false",
        "'{x,y}.json', y.json, true",
        "'{x,y}.json', z.json, false",
        "a**b, axyb, true",
        "a**b, ax/yb, false",
        "\\*.txt, *.txt, true",
        "\\*.txt, a.txt, false",
        "a.b, axb, false",
    })
    void globPatterns(String pattern, String path, boolean matches) throws Exception {
        assertThat(Glob.compile(pattern).matcher(path).matches()).isEqualTo(matches);
    }
}
