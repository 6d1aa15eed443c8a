package dev.bulwark.cli;

/** Output formats of the listing commands. */
enum RuleFormat { text, json }
