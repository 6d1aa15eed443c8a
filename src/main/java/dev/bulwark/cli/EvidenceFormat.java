package dev.bulwark.cli;

/** Output formats of the evidence listing commands. */
enum EvidenceFormat { text, json }
