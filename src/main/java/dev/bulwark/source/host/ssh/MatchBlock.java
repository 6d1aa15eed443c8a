package dev.bulwark.source.host.ssh;

import dev.bulwark.model.SourceLocation;

import java.util.List;
import java.util.Locale;

/**
 * A {@code Match} line: its criteria as (criterion, pattern list) pairs, criterion in lower case,
 * {@code all} alone for {@code Match All}. Its name is the criteria as written, e.g. {@code User admin}.
 */
record MatchBlock(List<Criterion> criteria, String name, SourceLocation at) {
    record Criterion(String keyword, String patterns) {}

    MatchBlock {
        criteria = List.copyOf(criteria);
    }

    boolean isAll() {
        return criteria.size() == 1 && criteria.get(0).keyword().equals("all");
    }

    /** The same criteria, whatever the case of the criterion keywords and the spacing. */
    String key() {
        StringBuilder b = new StringBuilder();
        for (Criterion c : criteria) b.append(c.keyword().toLowerCase(Locale.ROOT)).append('=').append(c.patterns()).append(';');
        return b.toString();
    }

    /** True when the criteria name the root account or an administrators' group (sudo, wheel, admin, adm). */
    boolean namesAdministrators() {
        for (Criterion c : criteria) {
            for (String p : c.patterns().split(",")) {
                if (p.startsWith("!")) continue;
                if (c.keyword().equals("user") && p.equals("root")) return true;
                if (c.keyword().equals("group") && List.of("sudo", "wheel", "admin", "adm", "admins").contains(p)) return true;
            }
        }
        return false;
    }
}
