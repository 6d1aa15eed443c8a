package dev.bulwark.model.change;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone named in a commit: an author, a committer, or an approver in a trailer. {@code email} is
 * null when only a name was written (a trailer such as {@code Approved-by: Bob}).
 */
public record Person(String name, String email) {
    private static final Pattern NAME_EMAIL = Pattern.compile("^(.*?)\\s*<([^<>]*)>\\s*$");

    public Person {
        name = name == null ? "" : name.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        if (name.isEmpty() && email == null) throw new IllegalArgumentException("a person needs a name or an email address");
    }

    /** {@code Name <email>}, {@code <email>} or a bare name, as written in a trailer. */
    public static Person parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = NAME_EMAIL.matcher(text.strip());
        if (m.matches()) return new Person(m.group(1), m.group(2));
        return new Person(text, null);
    }

    /**
     * Whether this person, as named in a trailer, is {@code author}: by email address when this one
     * has an email, else by name (case and runs of spaces ignored).
     */
    public boolean isSamePersonAs(Person author) {
        if (email != null) return author.email != null && email.equalsIgnoreCase(author.email);
        return normalise(name).equals(normalise(author.name));
    }

    @Override
    public String toString() {
        if (email == null) return name;
        return name.isEmpty() ? "<" + email + ">" : name + " <" + email + ">";
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
