package dev.bulwark.process;

import dev.bulwark.process.DocumentFields.Objective;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The written forms of last_reviewed, RTO and RPO that documents may use. */
class DocumentFieldsTest {
    @Test
    void frontMatterDate() {
        DocumentFields f = DocumentFields.parse("---\ntitle: Plan\nlast_reviewed: \"2026-02-03\"\n---\n# Plan\n");
        assertThat(f.lastReviewed()).hasValueSatisfying(d -> {
            assertThat(d.value()).isEqualTo(LocalDate.of(2026, 2, 3));
            assertThat(d.line()).isEqualTo(3);
        });
    }

    @Test
    void labelledLinesWithMarkdownAroundThem() {
        for (String line : new String[] {"Last reviewed: 2026-02-03", "**Last reviewed:** 2026-02-03", "- **Last-Reviewed**: `2026-02-03`",
                "> last reviewed: 2026-02-03 by the security team", "| Last reviewed | 2026-02-03 |", "## Last reviewed: 2026-02-03",
                "Last review date: 2026-02-03"}) {
            DocumentFields f = DocumentFields.parse("# Doc\n\n" + line + "\n");
            assertThat(f.lastReviewed()).as(line).hasValueSatisfying(d -> {
                assertThat(d.value()).isEqualTo(LocalDate.of(2026, 2, 3));
                assertThat(d.line()).isEqualTo(3);
            });
        }
    }

    @Test
    void theLatestOfSeveralReviewDatesCountsAndUnreadableOnesAreKept() {
        DocumentFields f = DocumentFields.parse("Last reviewed: 2025-01-10\nLast reviewed: 2026-01-10\nLast reviewed: 2025-06-10\n");
        assertThat(f.lastReviewed()).map(DocumentFields.Found::line).contains(2);
        DocumentFields bad = DocumentFields.parse("Last reviewed: March 2026\nLast reviewed: 2026-02-30\n");
        assertThat(bad.lastReviewed()).isEmpty();
        assertThat(bad.unreadableReviewDates()).extracting(DocumentFields.Found::text).containsExactly("March 2026", "2026-02-30");
    }

    @Test
    void documentWideObjectives() {
        DocumentFields f = DocumentFields.parse("# Runbook\nRTO: 4h\nRecovery point objective (RPO): 15 minutes\nRTO: 8h\n");
        assertThat(f.objective(Objective.RTO, "payments")).hasValueSatisfying(o -> {
            assertThat(o.text()).isEqualTo("4h");
            assertThat(o.line()).isEqualTo(2);
            assertThat(o.readable()).isTrue();
        });
        assertThat(f.objective(Objective.RPO, "anything")).map(DocumentFields.Found::text).contains("15 minutes");
    }

    @Test
    void aSystemTableTakesPrecedenceAndEmptyCellsFallBack() {
        DocumentFields f = DocumentFields.parse("""
                RPO: 1h

                | System | RTO | RPO |
                |--------|----:|-----|
                | `payments` | 2h | 5m |
                | ledger | 1 day | |
                | wiki | soon | 0 |
                """);
        assertThat(f.objective(Objective.RTO, "payments")).map(DocumentFields.Found::text).contains("2h");
        assertThat(f.objective(Objective.RPO, "payments")).map(DocumentFields.Found::line).contains(5);
        assertThat(f.objective(Objective.RPO, "Ledger")).map(DocumentFields.Found::text).contains("1h");
        assertThat(f.objective(Objective.RTO, "wiki")).hasValueSatisfying(o -> assertThat(o.readable()).isFalse());
        assertThat(f.objective(Objective.RPO, "wiki")).hasValueSatisfying(o -> assertThat(o.readable()).isTrue());
        assertThat(f.objective(Objective.RTO, "other")).isEmpty();
    }

    @Test
    void aTableWithoutASystemColumnIsDocumentWide() {
        DocumentFields f = DocumentFields.parse("| RTO | RPO |\n|---|---|\n| 4 hours | 30m |\n");
        assertThat(f.objective(Objective.RTO, "x")).map(DocumentFields.Found::text).contains("4 hours");
        assertThat(f.objective(Objective.RPO, "x")).map(DocumentFields.Found::line).contains(3);
    }

    @Test
    void wordsThatAreNotDurationsAreUnreadable() {
        for (String v : new String[] {"asap", "TBD", "", "4", "four hours", "hours"}) {
            DocumentFields f = DocumentFields.parse("RTO: " + v + "\n");
            assertThat(f.objective(Objective.RTO, "x")).as(v).hasValueSatisfying(o -> assertThat(o.readable()).isFalse());
        }
        for (String v : new String[] {"4h", "4 h", "30m", "2 hours", "1d", "0", "< 4h", "1.5 hours", "4h (business hours)"}) {
            DocumentFields f = DocumentFields.parse("RTO: " + v + "\n");
            assertThat(f.objective(Objective.RTO, "x")).as(v).hasValueSatisfying(o -> assertThat(o.readable()).isTrue());
        }
    }
}
