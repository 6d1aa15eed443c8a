package dev.bulwark.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks a draft completely before the ledger touches the database, and reports every problem at
 * once (so a person fixes them in one go). Attachment files are read here, fully.
 */
final class DraftValidator {
    /** A day of slack covers time zones; anything later is a typo, not evidence. */
    private static final Duration FUTURE_SLACK = Duration.ofDays(1);
    static final long MAX_ATTACHMENT_BYTES = 256L * 1024 * 1024;
    static final int MAX_ATTACHMENTS = 100;
    static final int MAX_REQUIREMENTS = 50;
    static final int MAX_TEXT = 1000;
    static final int MAX_NOTES = 100_000;

    private final Predicate<String> requirementExists;
    private final Clock clock;

    DraftValidator(Predicate<String> requirementExists, Clock clock) {
        this.requirementExists = requirementExists;
        this.clock = clock;
    }

    ValidatedDraft validate(EvidenceDraft d) throws EvidenceInputException {
        List<String> problems = new ArrayList<>();

        EvidenceKind kind = null;
        if (blank(d.kind())) problems.add("--kind is required (one of: " + EvidenceKind.allSlugs() + ")");
        else kind = EvidenceKind.fromSlug(d.kind()).orElse(null);
        if (!blank(d.kind()) && kind == null) {
            problems.add("unknown evidence kind '" + d.kind().trim() + "' (use one of: " + EvidenceKind.allSlugs() + ")");
        }

        Set<String> requirements = new LinkedHashSet<>();
        for (String r : d.requirements()) {
            String id = r == null ? "" : r.trim();
            if (id.isEmpty()) continue;
            if (!requirementExists.test(id)) problems.add("unknown requirement id '" + id + "' (bulwark policy lists them)");
            else requirements.add(id);
        }
        if (d.requirements().stream().allMatch(DraftValidator::blank)) problems.add("at least one --requirement is required");
        if (requirements.size() > MAX_REQUIREMENTS) problems.add("at most " + MAX_REQUIREMENTS + " requirements per record");

        String system = text("--system", d.system(), true, MAX_TEXT, problems);
        String performedBy = text("--by", d.performedBy(), true, MAX_TEXT, problems);
        String approvedBy = text("--approved-by", d.approvedBy(), false, MAX_TEXT, problems);
        String notes = notes(d.notes(), problems);
        PerformedAt performedAt = performedAt(d.performedAt(), problems);

        String supersedes = null;
        if (!blank(d.supersedes())) {
            supersedes = EvidenceIds.normalise(d.supersedes()).orElse(null);
            if (supersedes == null) problems.add("--supersedes '" + d.supersedes().trim() + "' is not a record id (like EV-000012)");
        }

        List<ValidatedDraft.AttachmentContent> attachments = attachments(d.attachments(), problems);

        if (!problems.isEmpty()) throw new EvidenceInputException(problems);
        return new ValidatedDraft(kind, List.copyOf(requirements), system, performedAt, performedBy, approvedBy, notes,
                attachments, supersedes);
    }

    private PerformedAt performedAt(String given, List<String> problems) {
        if (blank(given)) {
            problems.add("--performed-at is required (a date like 2026-03-31, or a date-time like 2026-03-31T14:30:00Z)");
            return null;
        }
        Optional<PerformedAt> at = PerformedAt.parse(given);
        if (at.isEmpty()) {
            problems.add("--performed-at '" + given.trim() + "' is not a date or date-time (use 2026-03-31 or 2026-03-31T14:30:00Z)");
            return null;
        }
        if (at.get().instant().isAfter(Instant.now(clock).plus(FUTURE_SLACK))) {
            problems.add("--performed-at " + at.get().text() + " is in the future");
        }
        return at.get();
    }

    private static String text(String option, String given, boolean required, int max, List<String> problems) {
        if (blank(given)) {
            if (required) problems.add(option + " is required");
            return null;
        }
        String t = given.trim();
        if (t.length() > max) problems.add(option + " is longer than " + max + " characters");
        if (t.chars().anyMatch(Character::isISOControl)) problems.add(option + " contains control characters");
        return t;
    }

    private static String notes(String given, List<String> problems) {
        if (blank(given)) return null;
        String t = given.strip();
        if (t.length() > MAX_NOTES) problems.add("--note is longer than " + MAX_NOTES + " characters");
        if (t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            problems.add("--note contains control characters other than line breaks and tabs");
        }
        return t;
    }

    private static List<ValidatedDraft.AttachmentContent> attachments(List<Path> files, List<String> problems) {
        if (files.size() > MAX_ATTACHMENTS) {
            problems.add("at most " + MAX_ATTACHMENTS + " attachments per record");
            return List.of();
        }
        List<ValidatedDraft.AttachmentContent> out = new ArrayList<>();
        for (Path f : files) {
            if (!Files.exists(f)) {
                problems.add("attachment " + f + " does not exist");
            } else if (!Files.isRegularFile(f)) {
                problems.add("attachment " + f + " is not a regular file");
            } else {
                read(f, problems).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<ValidatedDraft.AttachmentContent> read(Path f, List<String> problems) {
        try {
            long size = Files.size(f);
            if (size > MAX_ATTACHMENT_BYTES) {
                problems.add("attachment " + f + " is " + size + " bytes; the limit is " + MAX_ATTACHMENT_BYTES);
                return Optional.empty();
            }
            byte[] content = Files.readAllBytes(f);
            Path name = f.getFileName();
            return Optional.of(new ValidatedDraft.AttachmentContent(name == null ? f.toString() : name.toString(), content, Sha256.hex(content)));
        } catch (NoSuchFileException e) {
            problems.add("attachment " + f + " does not exist");
        } catch (IOException e) {
            problems.add("attachment " + f + " cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
