package dev.bulwark.evidence.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import dev.bulwark.evidence.EvidenceKeyException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the attachment key comes from: the environment variable {@value #ENV} holding a Tink JSON
 * keyset, else the key file {@value #FILE_NAME} in the ledger directory, created (owner-only) on
 * first use. Rotation adds a new AES-256-GCM key and makes it primary; the old keys stay in the
 * keyset so the attachments they encrypted stay readable.
 */
public final class EvidenceKeys {
    public static final String ENV = "BULWARK_EVIDENCE_KEY";
    public static final String FILE_NAME = "evidence-keyset.json";

    /** A usable key, where it came from (for messages), and anything the person should fix. */
    public record Loaded(AttachmentCipher cipher, String source, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    private EvidenceKeys() {}

    public static Path keyFile(Path ledgerDir) {
        return ledgerDir.resolve(FILE_NAME);
    }

    /** The key from the environment or the key file; empty when neither exists. */
    public static Optional<Loaded> find(Path ledgerDir, Map<String, String> env) throws EvidenceKeyException {
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            String source = "the environment variable " + ENV;
            return Optional.of(new Loaded(cipher(parse(fromEnv, source)), source, List.of()));
        }
        Path file = keyFile(ledgerDir);
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (AccessDeniedException e) {
            throw new EvidenceKeyException("cannot read the key file " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new EvidenceKeyException("cannot read the key file " + file + ": " + e.getMessage(), e);
        }
        List<String> warnings = new ArrayList<>();
        OwnerOnlyFiles.looseness(file).ifPresent(perm -> warnings.add("the key file " + file + " is " + perm
                + "; only its owner should be able to read it (chmod 600 " + file + ")"));
        return Optional.of(new Loaded(cipher(parse(json, "the key file " + file)), "the key file " + file, warnings));
    }

    /**
     * Creates the key file with a fresh keyset, readable and writable by its owner only. If another
     * process created it meanwhile, that one is used instead, so two first uses agree on one key.
     */
    public static Loaded createFile(Path ledgerDir) throws EvidenceKeyException {
        Path file = keyFile(ledgerDir);
        try {
            OwnerOnlyFiles.createNew(file, newKeysetJson());
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // someone else made it first: use theirs
        } catch (IOException e) {
            throw new EvidenceKeyException("cannot create the key file " + file + ": " + e.getMessage(), e);
        }
        return find(ledgerDir, Map.of()).orElseThrow(() -> new EvidenceKeyException("the key file " + file + " vanished after it was created"));
    }

    /**
     * Adds a new primary key to the key file's keyset, keeping the old keys for reading; returns the
     * new primary key's id.
     */
    public static long rotateFile(Path ledgerDir) throws EvidenceKeyException {
        Path file = keyFile(ledgerDir);
        String current;
        try {
            current = Files.readString(file);
        } catch (IOException e) {
            throw new EvidenceKeyException("cannot read the key file " + file + ": " + e.getMessage(), e);
        }
        String rotated = rotated(current, "the key file " + file);
        try {
            OwnerOnlyFiles.replace(file, rotated);
        } catch (IOException e) {
            throw new EvidenceKeyException("cannot write the key file " + file + ": " + e.getMessage(), e);
        }
        return cipher(parse(rotated, "the key file " + file)).primaryKeyId();
    }

    /** A keyset as JSON with one more key, the new primary; the old keys are kept for decryption. */
    public static String rotated(String keysetJson, String source) throws EvidenceKeyException {
        KeysetHandle old = parse(keysetJson, source);
        try {
            KeysetHandle.Builder b = KeysetHandle.newBuilder(old);
            b.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary());
            return TinkJsonProtoKeysetFormat.serializeKeyset(b.build(), Tink.configuration(), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new EvidenceKeyException("cannot add a key to " + source + ": " + e.getMessage(), e);
        }
    }

    /** A fresh keyset with one AES-256-GCM key, as Tink JSON. */
    public static String newKeysetJson() {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM,
                    Tink.configuration()), Tink.configuration(), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an AES-256-GCM key", e);
        }
    }

    /** A cipher from keyset JSON; for callers that hold the keyset themselves (and for tests). */
    public static AttachmentCipher cipherFromJson(String keysetJson, String source) throws EvidenceKeyException {
        return cipher(parse(keysetJson, source));
    }

    private static KeysetHandle parse(String json, String source) throws EvidenceKeyException {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, Tink.configuration(), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new EvidenceKeyException(source + " does not hold a valid Tink keyset (" + e.getMessage() + ")", e);
        }
    }

    private static AttachmentCipher cipher(KeysetHandle handle) throws EvidenceKeyException {
        try {
            return new AttachmentCipher(handle);
        } catch (GeneralSecurityException e) {
            throw new EvidenceKeyException("the keyset has no usable AES-GCM key (" + e.getMessage() + ")", e);
        }
    }

    static boolean groupOrOthers(Set<PosixFilePermission> perms) {
        return perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
    }
}
