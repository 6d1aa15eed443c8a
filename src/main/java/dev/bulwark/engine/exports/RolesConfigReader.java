package dev.bulwark.engine.exports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.source.located.Utf8Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code roles} section of {@code .bulwark.yaml} and nothing else (other sections have
 * their own readers). Reads the file as a token stream so that every problem names its line and column.
 */
public final class RolesConfigReader {
    public static final String SECTION = "roles";
    private static final String KNOWN = "catalogue, iam_users";
    private static final YAMLFactory YAML = new YAMLFactory();

    private final String file;
    private final JsonParser p;

    private RolesConfigReader(String file, JsonParser p) {
        this.file = file;
        this.p = p;
    }

    /** The roles section of {@code file}; {@link RolesConfig#NONE} (naming the file) when it has none. */
    public static RolesConfig read(Path file) throws RolesConfigException {
        String shown = file.toString();
        String text;
        try {
            text = Utf8Text.decode(Files.readAllBytes(file));
        } catch (Utf8Text.NotTextException e) {
            throw new RolesConfigException(shown + ":" + e.line() + ": " + e.detail());
        } catch (IOException e) {
            throw new RolesConfigException(shown + ": cannot read: " + e.getMessage());
        }
        return read(shown, text);
    }

    /** As {@link #read(Path)}, for text already in memory; {@code file} names it in messages. */
    public static RolesConfig read(String file, String text) throws RolesConfigException {
        try (JsonParser p = YAML.createParser(text)) {
            return new RolesConfigReader(file, p).document();
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String at = l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr();
            throw new RolesConfigException(file + at + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RolesConfigException(file + ": cannot read: " + e.getMessage());
        }
    }

    private RolesConfig document() throws IOException, RolesConfigException {
        JsonToken t = p.nextToken();
        if (t == null || t == JsonToken.VALUE_NULL) return empty();
        if (t != JsonToken.START_OBJECT) throw error("the configuration must be a mapping of sections");
        RolesConfig found = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (SECTION.equals(name)) found = roles();
            else p.skipChildren();
        }
        return found != null ? found : empty();
    }

    private RolesConfig roles() throws IOException, RolesConfigException {
        if (p.currentToken() == JsonToken.VALUE_NULL) return empty();
        if (p.currentToken() != JsonToken.START_OBJECT) throw error("roles must be a mapping with catalogue and iam_users");
        List<String> catalogue = List.of();
        Map<String, String> iamUsers = Map.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (!key.equals("catalogue") && !key.equals("iam_users")) throw error("unknown key roles." + key + " (known: " + KNOWN + ")");
            p.nextToken();
            if (key.equals("catalogue")) catalogue = catalogue();
            else iamUsers = iamUsers();
        }
        return new RolesConfig(catalogue, iamUsers, file);
    }

    private List<String> catalogue() throws IOException, RolesConfigException {
        if (p.currentToken() == JsonToken.VALUE_NULL) return List.of();
        if (p.currentToken() != JsonToken.START_ARRAY) throw error("roles.catalogue must be a list of role names, like [admin, developer]");
        List<String> roles = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String role = scalar("roles.catalogue entries must be role names");
            if (role.isEmpty()) throw error("roles.catalogue has an empty role name");
            if (!roles.contains(role)) roles.add(role);
        }
        return roles;
    }

    private Map<String, String> iamUsers() throws IOException, RolesConfigException {
        if (p.currentToken() == JsonToken.VALUE_NULL) return Map.of();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw error("roles.iam_users must map email addresses to IAM user names, like {erin@example.com: erin}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String email = p.currentName().strip();
            String where = location();
            if (email.indexOf('@') < 1 || email.endsWith("@")) throw error("roles.iam_users: \"" + email + "\" is not an email address");
            String lower = email.toLowerCase(Locale.ROOT);
            if (seen.containsKey(lower)) {
                throw new RolesConfigException(file + ":" + where + ": roles.iam_users lists " + email + " twice (also at line "
                        + seen.get(lower) + "; email addresses are compared without regard to case)");
            }
            seen.put(lower, where.substring(0, where.indexOf(':')));
            p.nextToken();
            String user = scalar("roles.iam_users." + email + " must be an IAM user name");
            if (user.isEmpty()) throw error("roles.iam_users." + email + " has no IAM user name");
            out.put(email, user);
        }
        return out;
    }

    private String scalar(String problem) throws IOException, RolesConfigException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t == JsonToken.VALUE_NULL) throw error(problem);
        return p.getText().strip();
    }

    private RolesConfig empty() {
        return new RolesConfig(List.of(), Map.of(), file);
    }

    private String location() {
        JsonLocation l = p.currentTokenLocation();
        return l.getLineNr() + ":" + l.getColumnNr();
    }

    private RolesConfigException error(String message) {
        return new RolesConfigException(file + ":" + location() + ": " + message);
    }
}
