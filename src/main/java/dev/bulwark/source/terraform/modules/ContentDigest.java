package dev.bulwark.source.terraform.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 of bytes, and of a directory tree: every file's relative path and content, and every link's target, in path order. */
final class ContentDigest {
    private ContentDigest() {}

    static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static String ofTree(Path root) throws IOException {
        MessageDigest tree = sha256();
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(root)) {
            entries = walk.filter(p -> !p.equals(root)).sorted().toList();
        }
        for (Path p : entries) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            if (Files.isSymbolicLink(p)) {
                update(tree, "link " + rel + " " + Files.readSymbolicLink(p).toString().replace('\\', '/'));
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                update(tree, "file " + rel + " " + fileDigest(p));
            } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                update(tree, "dir " + rel);
            }
        }
        return HexFormat.of().formatHex(tree.digest());
    }

    private static String fileDigest(Path file) throws IOException {
        MessageDigest d = sha256();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) d.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static void update(MessageDigest d, String line) {
        d.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
