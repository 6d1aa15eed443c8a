package dev.bulwark.cli;

import dev.bulwark.engine.EvidenceOperations;
import dev.bulwark.evidence.ChainHead;
import dev.bulwark.evidence.EvidenceDraft;
import dev.bulwark.evidence.EvidenceRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bulwark evidence add}: appends one record. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Records that a piece of recurring work was done. Nothing is written unless every option checks out.")
final class EvidenceAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "access-review, vulnerability-scan, restore-test, key-rotation, change-approval, "
                    + "document-review, incident-exercise or other")
    String kind;

    @Option(names = "--requirement", required = true, paramLabel = "ID",
            description = "Policy requirement the evidence serves, e.g. 3.3.3 (repeatable; bulwark policy lists them)")
    List<String> requirements = new ArrayList<>();

    @Option(names = "--system", required = true, paramLabel = "NAME", description = "The system or scope the work covered")
    String system;

    @Option(names = "--performed-at", required = true, paramLabel = "WHEN",
            description = "When it was done: 2026-03-31, or 2026-03-31T14:30:00Z (no offset means UTC)")
    String performedAt;

    @Option(names = "--by", required = true, paramLabel = "WHO", description = "Who performed it")
    String performedBy;

    @Option(names = "--approved-by", paramLabel = "WHO", description = "Who approved it")
    String approvedBy;

    @Option(names = "--attach", paramLabel = "FILE", description = "A file to keep with the record, stored encrypted (repeatable)")
    List<Path> attachments = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT", description = "Free text")
    String note;

    @Option(names = "--supersedes", paramLabel = "ID", description = "The record this one corrects, e.g. EV-000012")
    String supersedes;

    @Mixin
    LedgerOptions ledger;

    @Override
    public Integer call() {
        InputFiles.requireFiles(spec, "--attach", attachments);
        EvidenceDraft draft = new EvidenceDraft(kind, requirements, system, performedAt, performedBy, approvedBy, note,
                attachments, supersedes);
        return LedgerSession.run("add", warnings -> {
            EvidenceOperations.Added added = EvidenceOperations.add(ledger::settings, draft, warnings);
            EvidenceRecord r = added.record();
            ChainHead head = added.head();
            System.out.println("recorded " + r.id() + ": " + r.kind().slug() + " for " + String.join(", ", r.requirements())
                    + " on " + r.system() + ", performed " + r.performedAt().text() + " by " + r.performedBy()
                    + attachmentCount(r) + (r.supersedes() != null ? ", superseding " + r.supersedes() : ""));
            System.out.println("chain head: " + EvidenceText.count(head.recordCount(), "record") + ", " + head.headHash());
            return ExitCode.OK.code;
        });
    }

    private static String attachmentCount(EvidenceRecord r) {
        int n = r.attachments().size();
        return n == 0 ? "" : n == 1 ? " (1 attachment)" : " (" + n + " attachments)";
    }
}
