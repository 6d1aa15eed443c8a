package dev.bulwark.model.change;

/** One {@code Key: value} line of a commit message's closing paragraph, such as {@code Approved-by: Bob <bob@example.com>}. */
public record Trailer(String key, String value) {
    public boolean hasKey(String wanted) {
        return key.equalsIgnoreCase(wanted);
    }
}
