package dev.bulwark.rule.builtin.kubernetes;

/** One field of a pod spec that breaks a check: where it is written (the finding's attribute) and what is wrong. */
record Violation(String attribute, String message) {}
