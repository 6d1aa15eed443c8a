package dev.bulwark.evidence.crypto;

import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;

import java.security.GeneralSecurityException;

/** Tink's configuration with the AEAD key types registered; every keyset call here passes it explicitly. */
final class Tink {
    private static final Configuration REGISTRY;

    static {
        try {
            AeadConfig.register();
            REGISTRY = RegistryConfiguration.get();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Tink() {}

    static Configuration configuration() {
        return REGISTRY;
    }
}
