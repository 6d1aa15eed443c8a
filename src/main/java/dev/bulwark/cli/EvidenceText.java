package dev.bulwark.cli;

import dev.bulwark.evidence.Attachment;
import dev.bulwark.evidence.ChainHead;
import dev.bulwark.evidence.EvidenceIndex;
import dev.bulwark.evidence.EvidenceRecord;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Evidence records as text for people: a table for {@code list}, a block for {@code show}. */
final class EvidenceText {
    private static final int MAX_CELL = 40;

    private EvidenceText() {}

    static void table(List<EvidenceRecord> records, EvidenceIndex index, ChainHead head, PrintStream out) {
        if (records.isEmpty()) {
            out.println(head.recordCount() == 0 ? "no evidence recorded yet (add some with: bulwark evidence add ...)" : "no records match");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "PERFORMED", "KIND", "REQUIREMENTS", "SYSTEM", "BY", "FILES", ""});
        for (EvidenceRecord r : records) {
            String status = index.supersededBy(r.id()).map(by -> "superseded by " + by).orElse("");
            rows.add(new String[] {r.id(), r.performedAt().text(), r.kind().slug(), String.join(",", r.requirements()),
                    cell(r.system()), cell(r.performedBy()), Integer.toString(r.attachments().size()), status});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) line.append(" ".repeat(widths[i] - row[i].length() + 2));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println(records.size() + " of " + count(head.recordCount(), "record") + "; chain head " + head.headHash());
    }

    static void block(EvidenceRecord r, EvidenceIndex index, PrintStream out) {
        out.println(r.id() + "  " + r.kind().slug());
        field(out, "requirements", String.join(", ", r.requirements()));
        field(out, "system", r.system());
        field(out, "performed at", r.performedAt().text());
        field(out, "performed by", r.performedBy());
        field(out, "approved by", r.approvedBy());
        field(out, "notes", r.notes());
        if (r.attachments().isEmpty()) field(out, "attachments", null);
        for (int i = 0; i < r.attachments().size(); i++) {
            Attachment a = r.attachments().get(i);
            field(out, i == 0 ? "attachments" : "", a.name() + "  " + a.size() + " bytes  sha256 " + a.sha256());
        }
        field(out, "recorded at", r.recordedAt().toString());
        field(out, "supersedes", r.supersedes());
        field(out, "superseded by", index.supersededBy(r.id()).orElse(null));
        field(out, "previous hash", r.previousHash());
        field(out, "record hash", r.recordHash());
    }

    /** "1 record", "3 records". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void field(PrintStream out, String label, String value) {
        String shown = value == null ? "-" : value.replace("\n", "\n" + " ".repeat(17));
        out.println("  " + label + " ".repeat(15 - label.length()) + shown);
    }

    /** Table cells stay on one line and within reason; {@code show} has the full text. */
    private static String cell(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > MAX_CELL ? one.substring(0, MAX_CELL - 1) + "…" : one;
    }
}
