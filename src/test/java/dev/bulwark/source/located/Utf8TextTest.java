package dev.bulwark.source.located;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class Utf8TextTest {
    @Test
    void utf8TextIsDecodedAndAByteOrderMarkCanBeDropped() throws Exception {
        byte[] bytes = "\uFEFFcaf\u00e9 \uFFFD\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Text.decode(bytes)).isEqualTo("\uFEFFcaf\u00e9 \uFFFD\n");
        assertThat(Utf8Text.decodeWithoutBom(bytes)).isEqualTo("caf\u00e9 \uFFFD\n");
    }

    @Test
    void aBadByteIsNamedByOffsetAndLine() {
        byte[] bytes = {'a', '\n', 'b', '\n', 'c', (byte) 0xff, 'd'};
        Utf8Text.NotTextException e = catchThrowableOfType(Utf8Text.NotTextException.class, () -> Utf8Text.decode(bytes));
        assertThat(e.offset()).isEqualTo(5);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.detail()).isEqualTo("not UTF-8 text: byte 0xFF at byte offset 5 (line 3) is not valid UTF-8");
    }

    @Test
    void aCharacterCutShortAtTheEndIsNamed() {
        byte[] bytes = {'o', 'k', '\n', (byte) 0xc3};
        Utf8Text.NotTextException e = catchThrowableOfType(Utf8Text.NotTextException.class, () -> Utf8Text.decode(bytes));
        assertThat(e.detail()).isEqualTo("not UTF-8 text: byte 0xC3 at byte offset 3 (line 2) is not valid UTF-8");
    }

    @Test
    void aNulByteMakesABinaryFile() {
        byte[] bytes = {'#', '!', '\n', 0, 1, 2};
        Utf8Text.NotTextException e = catchThrowableOfType(Utf8Text.NotTextException.class, () -> Utf8Text.decode(bytes));
        assertThat(e.detail()).isEqualTo("a binary file, not text (a NUL byte at byte offset 3, line 2)");
    }
}
