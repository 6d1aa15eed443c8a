package dev.bulwark.source.terraform.functions;

import static dev.bulwark.source.terraform.functions.V.UNKNOWN;
import static dev.bulwark.source.terraform.functions.V.call;
import static dev.bulwark.source.terraform.functions.V.error;
import static dev.bulwark.source.terraform.functions.V.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashFunctionsTest {
    @ParameterizedTest(name = "{0}(\"hello world\")")
    @CsvSource({
        "md5, 5eb63bbbe01eeed093cb22bb8f5acdc3",
        "sha1, 2aae6c35c94fcfb415dbe95f408b9ce91ee846ed",
        "sha256, b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
        "sha512, 309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f",
        "base64sha256, uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=",
        "base64sha512, MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw==",
    })
    void hashesUtf8Text(String fn, String expected) throws Exception {
        assertThat(call(fn, s("hello world"))).isEqualTo(s(expected));
    }

    @ParameterizedTest(name = "uuidv5({0}, {1})")
    @CsvSource({
        "dns, www.terraform.io, a5008fae-b28c-5ba5-96cd-82b4c53552d6",
        "url, https://www.terraform.io/, 9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5",
        "oid, 1.3.6.1.4, af9d40a5-7a36-5c07-b23a-851cd99fbfa5",
        "x500, 'CN=Example,C=GB', 84e09961-4aa4-57f8-95b7-03edb1073253",
        "6ba7b810-9dad-11d1-80b4-00c04fd430c8, www.terraform.io, a5008fae-b28c-5ba5-96cd-82b4c53552d6",
    })
    void nameBasedUuids(String namespace, String name, String expected) throws Exception {
        assertThat(call("uuidv5", s(namespace), s(name))).isEqualTo(s(expected));
    }

    @Test
    void functionsThatChangeEveryRunAreUnknown() throws Exception {
        for (String fn : new String[] {"uuid", "timestamp", "plantimestamp"}) {
            Value v = call(fn);
            assertThat(v).isInstanceOf(Value.Unknown.class);
            assertThat(((Value.Unknown) v).reason()).isEqualTo(UnknownReason.COMPUTED);
        }
        assertThat(((Value.Unknown) call("bcrypt", s("pw"))).detail()).contains("salt");
        assertThat(((Value.Unknown) call("rsadecrypt", s("x"), s("key"))).reason()).isEqualTo(UnknownReason.UNSUPPORTED_FUNCTION);
    }

    @Test
    void rejectsBadCallsAndPropagatesUnknowns() throws Exception {
        assertThat(error("uuidv5", s("nope"), s("x"))).isEqualTo("uuidv5: argument 1 must be dns, url, oid, x500 or a UUID, got \"nope\"");
        assertThat(error("uuid", s("x"))).isEqualTo("uuid: expected 0 arguments, got 1");
        assertThat(call("sha256", UNKNOWN)).isSameAs(UNKNOWN);
    }
}
