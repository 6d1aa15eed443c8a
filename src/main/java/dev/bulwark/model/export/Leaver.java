package dev.bulwark.model.export;

import java.time.Instant;

/** One person in the HR leavers list: their email and when their employment ended. */
public record Leaver(int line, String email, Instant terminatedAt) {}
