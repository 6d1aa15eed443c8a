package dev.bulwark.source.terraform;

import dev.bulwark.source.hcl.Range;

/**
 * Evaluation ran out of stack: values that depend on each other in a chain longer than the evaluation
 * threads' stacks hold. Thrown where the overflow was caught, with the innermost expression's position,
 * and handled where one resource or output is evaluated, so the rest of the module still loads.
 * No stack trace is recorded: it would be as deep as the chain, and there is little stack left.
 */
final class EvaluationTooDeep extends RuntimeException {
    final String file;
    final Range range;

    EvaluationTooDeep(String file, Range range) {
        super("values depend on each other in a chain too long to evaluate", null, false, false);
        this.file = file;
        this.range = range;
    }
}
