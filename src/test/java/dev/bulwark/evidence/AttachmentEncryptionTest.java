package dev.bulwark.evidence;

import dev.bulwark.evidence.crypto.AttachmentCipher;
import dev.bulwark.evidence.crypto.EvidenceKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Attachments are unreadable without the key, a wrong key is refused, and rotation keeps old attachments readable. */
class AttachmentEncryptionTest {
    private static final String SECRET = "root password rotated; new one is hunter2-hunter2-hunter2";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void storedBlobsDoNotContainThePlaintextAndTheKeyFileIsOwnerOnly(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        Path secret = t.file("rotation-log.txt", SECRET);
        try (EvidenceLedger ledger = t.open()) {
            ledger.append(TestLedger.draft("key-rotation", "3.4.4", "kms", "2026-03-01", "frank", secret));
        }
        byte[] plain = SECRET.getBytes(StandardCharsets.UTF_8);
        assertThat(t.blobs()).singleElement().satisfies(blob -> {
            assertThat(indexOf(blob, plain)).as("plaintext in the stored blob").isEqualTo(-1);
            assertThat(indexOf(blob, "hunter2".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
            assertThat(blob.length).isGreaterThan(plain.length); // prefix, nonce and tag
        });
        if (backend == LedgerBackend.H2) {
            byte[] dbFile = Files.readAllBytes(t.dir().resolve("evidence.mv.db"));
            assertThat(indexOf(dbFile, "hunter2".getBytes(StandardCharsets.UTF_8))).as("plaintext in the database file").isEqualTo(-1);
        }
        Path keyFile = t.dir().resolve(EvidenceKeys.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void aDifferentKeyCannotReadOrAddAndIsNamedAsWrong(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        Path secret = t.file("rotation-log.txt", SECRET);
        Attachment stored;
        try (EvidenceLedger ledger = t.open()) {
            stored = ledger.append(TestLedger.draft("key-rotation", "3.4.4", "kms", "2026-03-01", "frank", secret)).attachments().get(0);
        }
        byte[] blob = t.blobs().get(0);
        AttachmentCipher other = EvidenceKeys.cipherFromJson(EvidenceKeys.newKeysetJson(), "test");
        assertThatThrownBy(() -> other.decrypt(blob, stored.sha256())).isInstanceOf(java.security.GeneralSecurityException.class);

        TestLedger wrong = t.withEnv(Map.of(EvidenceKeys.ENV, EvidenceKeys.newKeysetJson()));
        try (EvidenceLedger ledger = wrong.open()) {
            assertThatThrownBy(ledger::verify).isInstanceOf(EvidenceKeyException.class)
                    .hasMessageStartingWith("wrong key: this ledger's attachments were encrypted with key id")
                    .hasMessageContaining("which the environment variable BULWARK_EVIDENCE_KEY does not contain");
            assertThatThrownBy(() -> ledger.attachmentContent(stored)).isInstanceOf(EvidenceKeyException.class);
            assertThatThrownBy(() -> ledger.append(TestLedger.draft("other", "3.7.5", "all", "2026-03-02", "frank", secret)))
                    .isInstanceOf(EvidenceKeyException.class);
            assertThat(ledger.head().recordCount()).as("nothing written with the wrong key").isEqualTo(1);
            assertThatThrownBy(() -> ledger.export(tmp.resolve("bundle"))).isInstanceOf(EvidenceKeyException.class);
        }
        assertThat(tmp.resolve("bundle")).doesNotExist();
        assertThat(t.count("evidence_blob")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void aMissingKeyFileIsReportedNotSilentlyReplaced(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        Path secret = t.file("log.txt", SECRET);
        try (EvidenceLedger ledger = t.open()) {
            ledger.append(TestLedger.draft("key-rotation", "3.4.4", "kms", "2026-03-01", "frank", secret));
        }
        Files.delete(t.dir().resolve(EvidenceKeys.FILE_NAME));
        try (EvidenceLedger ledger = t.open()) {
            assertThatThrownBy(() -> ledger.append(TestLedger.draft("other", "3.7.5", "all", "2026-03-02", "frank", secret)))
                    .isInstanceOf(EvidenceKeyException.class)
                    .hasMessageContaining("there is no key: set BULWARK_EVIDENCE_KEY or restore the key file");
            assertThatThrownBy(ledger::verify).isInstanceOf(EvidenceKeyException.class);
        }
        assertThat(t.dir().resolve(EvidenceKeys.FILE_NAME)).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void afterRotationNewAttachmentsUseTheNewKeyAndOldOnesStayReadable(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend);
        Path before = t.file("before.txt", "encrypted with the first key");
        Path after = t.file("after.txt", "encrypted with the second key");
        Attachment old;
        try (EvidenceLedger ledger = t.open()) {
            old = ledger.append(TestLedger.draft("other", "3.7.5", "all", "2026-03-01", "frank", before)).attachments().get(0);
        }
        String firstKeyset = Files.readString(t.dir().resolve(EvidenceKeys.FILE_NAME));
        long newKey = EvidenceKeys.rotateFile(t.dir());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(t.dir().resolve(EvidenceKeys.FILE_NAME))))
                .isEqualTo("rw-------");
        Attachment fresh;
        try (EvidenceLedger ledger = t.open()) {
            fresh = ledger.append(TestLedger.draft("other", "3.7.5", "all", "2026-03-02", "frank", after)).attachments().get(0);
            assertThat(ledger.attachmentContent(old)).isEqualTo("encrypted with the first key".getBytes(StandardCharsets.UTF_8));
            assertThat(ledger.attachmentContent(fresh)).isEqualTo("encrypted with the second key".getBytes(StandardCharsets.UTF_8));
            assertThat(ledger.verify().ok()).isTrue();
        }
        assertThat(t.blobs()).extracting(b -> AttachmentCipher.keyIdOf(b).orElseThrow()).contains(newKey).hasSize(2)
                .doesNotHaveDuplicates();
        // The keyset from before the rotation lacks the new key: refused as a wrong key, not a tampered ledger.
        try (EvidenceLedger ledger = t.withEnv(Map.of(EvidenceKeys.ENV, firstKeyset)).open()) {
            assertThatThrownBy(ledger::verify).isInstanceOf(EvidenceKeyException.class)
                    .hasMessageContaining("key id " + newKey);
        }
    }

    @ParameterizedTest
    @EnumSource(LedgerBackend.class)
    void aKeyFromTheEnvironmentIsUsedAndNoKeyFileIsWritten(LedgerBackend backend) throws Exception {
        TestLedger t = TestLedger.create(tmp, backend).withEnv(Map.of(EvidenceKeys.ENV, EvidenceKeys.newKeysetJson()));
        Path f = t.file("f.txt", "content");
        try (EvidenceLedger ledger = t.open()) {
            Attachment a = ledger.append(TestLedger.draft("other", "3.7.5", "all", "2026-03-01", "frank", f)).attachments().get(0);
            assertThat(ledger.attachmentContent(a)).isEqualTo("content".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(t.dir().resolve(EvidenceKeys.FILE_NAME)).doesNotExist();
    }

    @Test
    void anUnparseableKeyIsNamed() {
        assertThatThrownBy(() -> EvidenceKeys.find(tmp, Map.of(EvidenceKeys.ENV, "{not a keyset")))
                .isInstanceOf(EvidenceKeyException.class)
                .hasMessageStartingWith("the environment variable BULWARK_EVIDENCE_KEY does not hold a valid Tink keyset");
    }

    @Test
    void aKeyFileOthersCanReadIsWarnedAbout() throws Exception {
        Files.writeString(tmp.resolve(EvidenceKeys.FILE_NAME), EvidenceKeys.newKeysetJson());
        Files.setPosixFilePermissions(tmp.resolve(EvidenceKeys.FILE_NAME), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(EvidenceKeys.find(tmp, Map.of()).orElseThrow().warnings()).singleElement().asString()
                .contains("mode rw-r--r--").contains("chmod 600");
    }

    @Test
    void aCiphertextOnlyOpensUnderTheHashItWasSealedFor() throws Exception {
        AttachmentCipher cipher = EvidenceKeys.cipherFromJson(EvidenceKeys.newKeysetJson(), "test");
        byte[] content = "a".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.encrypt(content, Sha256.hex(content));
        assertThat(cipher.decrypt(sealed, Sha256.hex(content))).isEqualTo(content);
        assertThat(AttachmentCipher.keyIdOf(sealed)).hasValue(cipher.primaryKeyId());
        assertThatThrownBy(() -> cipher.decrypt(sealed, Sha256.GENESIS)).isInstanceOf(java.security.GeneralSecurityException.class);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
