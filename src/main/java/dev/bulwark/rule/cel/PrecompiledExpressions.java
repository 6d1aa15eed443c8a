package dev.bulwark.rule.cel;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.common.types.CelType;
import dev.cel.expr.CheckedExpr;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Type-checked ASTs of the built-in rules' expressions, made by the build
 * ({@link PrecompileBuiltInRules}) so that a scan does not parse and type-check them again: that
 * was most of a small scan's start-up. Each AST is found by a hash of its expression text and
 * expected type, so an expression that changed since the build is simply compiled as usual.
 */
final class PrecompiledExpressions {
    static final String RESOURCE = "rules/compiled-expressions.bin";
    private static final int FORMAT = 1;

    private final Map<String, byte[]> byKey;

    private PrecompiledExpressions(Map<String, byte[]> byKey) {
        this.byKey = byKey;
    }

    private static final class Bundled {
        static final PrecompiledExpressions INSTANCE = load();

        private static PrecompiledExpressions load() {
            try (InputStream in = PrecompiledExpressions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                return in == null ? new PrecompiledExpressions(Map.of()) : read(in);
            } catch (IOException e) {
                return new PrecompiledExpressions(Map.of()); // compiling as usual is always correct
            }
        }
    }

    /** The set bundled in the jar; empty when the build did not make one. */
    static PrecompiledExpressions bundled() {
        return Bundled.INSTANCE;
    }

    int size() {
        return byKey.size();
    }

    Optional<CelAbstractSyntaxTree> find(String expression, CelType expected) {
        byte[] bytes = byKey.get(key(expression, expected));
        if (bytes == null) return Optional.empty();
        try {
            return Optional.of(CelProtoAbstractSyntaxTree.fromCheckedExpr(CheckedExpr.parseFrom(bytes)).getAst());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String key(String expression, CelType expected) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(expected.name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(expression.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static byte[] serialize(CelAbstractSyntaxTree checked) {
        return CelProtoAbstractSyntaxTree.fromCelAst(checked).toCheckedExpr().toByteArray();
    }

    static void write(Map<String, byte[]> byKey, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        data.writeInt(byKey.size());
        for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(byKey).entrySet()) {
            data.writeUTF(e.getKey());
            data.writeInt(e.getValue().length);
            data.write(e.getValue());
        }
        data.flush();
    }

    static PrecompiledExpressions read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != FORMAT) return new PrecompiledExpressions(Map.of());
        int n = data.readInt();
        Map<String, byte[]> byKey = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String key = data.readUTF();
            byte[] bytes = new byte[data.readInt()];
            data.readFully(bytes);
            byKey.put(key, bytes);
        }
        return new PrecompiledExpressions(byKey);
    }
}
