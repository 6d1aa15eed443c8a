package dev.bulwark.finding;

import dev.bulwark.model.SourceLocation;

import java.time.LocalDate;

/** Why a finding is suppressed, where that was said (an inline comment or .bulwark.yaml), and until when. */
public record Suppression(String reason, LocalDate until, SourceLocation declaredAt) {}
