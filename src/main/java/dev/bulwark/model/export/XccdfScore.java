package dev.bulwark.model.export;

import java.util.OptionalDouble;

/** A {@code score} of a TestResult: the scoring model's URI, the score, and its maximum when given. */
public record XccdfScore(String system, double score, OptionalDouble maximum) {}
