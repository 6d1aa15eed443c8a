package dev.bulwark.source.terraform;

import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Expr;


/** Evaluates one attribute's expression; an error is reported at its position and becomes an unknown. */
final class Evaluation {
    private Evaluation() {}

    static Cell.Evaluated of(Expr e, Scope s) {
        ExprEvaluator evaluator = new ExprEvaluator();
        s.module.context.lastFile = s.file;
        try {
            return new Cell.Evaluated(evaluator.eval(e, s), evaluator.references());
        } catch (EvalException ex) {
            s.module.context.diagnostics.error(s.file, ex.range == null ? e.range() : ex.range, ex.getMessage());
            return new Cell.Evaluated(Value.unknown(UnknownReason.EVALUATION_ERROR, ex.getMessage()), evaluator.references());
        } catch (StackOverflowError ex) {
            // Reporting here could overflow again: the position travels up to where a resource is evaluated.
            throw new EvaluationTooDeep(s.file, e.range());
        }
    }
}
