package dev.bulwark.policy;

/** How a requirement is shown to hold: by configuration checks, by recurring evidence, or by a document. */
public enum RequirementKind {
    CONFIG, EVIDENCE, DOCUMENT
}
