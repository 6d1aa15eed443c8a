package dev.bulwark.finding;

import dev.bulwark.model.SourceLocation;

/** A place that explains a finding besides the one it points at, e.g. the resource inside a fetched module. */
public record RelatedLocation(SourceLocation location, String message) {}
