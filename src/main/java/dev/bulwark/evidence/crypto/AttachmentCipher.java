package dev.bulwark.evidence.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * AES-GCM encryption of attachment content with a Tink keyset. The associated data is the
 * content's SHA-256 hex, so a ciphertext only decrypts under the hash it was stored for: moving
 * one attachment's blob to another's hash fails authentication. Ciphertexts start with Tink's
 * 5-byte prefix (version byte 1, then the 4-byte id of the key used), which is how a keyset with
 * several keys picks the right one and how the ledger tells "wrong key" from "damaged blob".
 */
public final class AttachmentCipher {
    private static final byte[] KEY_CHECK_PLAINTEXT = "bulwark evidence key check".getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEY_CHECK_CONTEXT = "key-check".getBytes(StandardCharsets.UTF_8);
    private static final byte TINK_PREFIX_VERSION = 1;

    private final KeysetHandle keyset;
    private final Aead aead;

    AttachmentCipher(KeysetHandle keyset) throws GeneralSecurityException {
        this.keyset = keyset;
        this.aead = keyset.getPrimitive(Tink.configuration(), Aead.class);
    }

    /** Encrypts with the keyset's primary key. */
    public byte[] encrypt(byte[] plaintext, String contentSha256) {
        try {
            return aead.encrypt(plaintext, contentSha256.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Decrypts with whichever key of the keyset the ciphertext names; fails if none fits. */
    public byte[] decrypt(byte[] ciphertext, String contentSha256) throws GeneralSecurityException {
        return aead.decrypt(ciphertext, contentSha256.getBytes(StandardCharsets.US_ASCII));
    }

    /** A small ciphertext kept in the ledger per key, so a wrong key is caught before anything is written. */
    public byte[] keyCheck() {
        try {
            return aead.encrypt(KEY_CHECK_PLAINTEXT, KEY_CHECK_CONTEXT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public boolean opensKeyCheck(byte[] keyCheck) {
        try {
            return Arrays.equals(aead.decrypt(keyCheck, KEY_CHECK_CONTEXT), KEY_CHECK_PLAINTEXT);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The id (unsigned) of the key new ciphertexts are made with. */
    public long primaryKeyId() {
        return Integer.toUnsignedLong(keyset.getPrimary().getId());
    }

    /** The ids (unsigned) of every key in the keyset. */
    public Set<Long> keyIds() {
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = 0; i < keyset.size(); i++) ids.add(Integer.toUnsignedLong(keyset.getAt(i).getId()));
        return ids;
    }

    public boolean hasKey(long keyId) {
        return keyIds().contains(keyId);
    }

    /** The id of the key a ciphertext was made with, read from its Tink prefix; empty if it has none. */
    public static OptionalLong keyIdOf(byte[] ciphertext) {
        if (ciphertext.length < 5 || ciphertext[0] != TINK_PREFIX_VERSION) return OptionalLong.empty();
        long id = ((ciphertext[1] & 0xffL) << 24) | ((ciphertext[2] & 0xffL) << 16) | ((ciphertext[3] & 0xffL) << 8) | (ciphertext[4] & 0xffL);
        return OptionalLong.of(id);
    }
}
