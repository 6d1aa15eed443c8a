package dev.bulwark.finding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a finding on an export or on the change history is about, for people to act on: a
 * vulnerability in a package of a target, a user, a host, a commit. One shape for every source.
 *
 * @param kind   what it is: {@code vulnerability}, {@code iam-user}, {@code idp-account}, {@code leaver}, {@code host},
 *               {@code target}, {@code commit}
 * @param id     its name within its kind: a CVE id, a user name, a host name, a short commit id
 * @param detail named facts about it, in order, the first keyed by what the id is ({@code cve}, {@code user},
 *               {@code commit}, ...): {@code {"cve": "CVE-2024-1234", "package": "openssl", "target": "..."}}
 */
public record Item(String kind, String id, Map<String, String> detail) {
    public Item {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        detail = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    public static Item vulnerability(String cve, String packageName, String version, String severity, String target) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("cve", cve);
        d.put("package", packageName);
        d.put("version", version);
        d.put("severity", severity);
        d.put("target", target);
        return new Item("vulnerability", cve, d);
    }

    public static Item commit(String shortSha, String author, String subject) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("commit", shortSha);
        d.put("author", author);
        d.put("subject", subject);
        return new Item("commit", shortSha, d);
    }

    /**
     * The item a finding names: its own when its rule gave one, else read from its resource address
     * ({@code iam-user:bob} is the user bob, {@code host:db-02} the host db-02).
     */
    public static Item of(Finding f) {
        if (f.item() != null) return f.item();
        String address = f.resourceAddress();
        int colon = address.indexOf(':');
        String kind = colon > 0 ? address.substring(0, colon) : f.resourceType();
        String id = colon > 0 ? address.substring(colon + 1) : address;
        return new Item(kind, id, Map.of(key(kind), id));
    }

    /** The scanned target a vulnerability was found in, or null. */
    public String target() {
        return "vulnerability".equals(kind) ? detail.get("target") : null;
    }

    /** The detail key naming an item of a kind that carries no detail of its own. */
    private static String key(String kind) {
        return switch (kind) {
            case "iam-user", "idp-account", "leaver" -> "user";
            case "host" -> "host";
            case "target" -> "target";
            case "evidence" -> "evidence";
            default -> "id";
        };
    }

    /** For a console line: {@code CVE-2024-1234 in openssl on registry/app:1.2}, {@code bob}, {@code abc1234 by Alice}. */
    public String label() {
        return target() == null ? shortLabel() : shortLabel() + " on " + target();
    }

    /** The label without the scanned target, for a line whose items all share one. */
    public String shortLabel() {
        return switch (kind) {
            case "vulnerability" -> id + " in " + detail.get("package");
            case "commit" -> id + " by " + detail.get("author").replaceFirst(" <[^>]*>$", "");
            case "secret" -> detail.getOrDefault("redacted", "secret") + " fingerprint=" + id;
            default -> id;
        };
    }
}
