package dev.bulwark.rule.cel;

import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.UnknownReason;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleException;
import dev.bulwark.rule.Status;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule that meets a value it cannot read answers UNKNOWN naming the attribute, the value and what
 * it needed, never CEL's error text and never FAIL; a failure's message is built even when it reads
 * an unknown value or a null one; a null attribute is one not set.
 */
class UnreadableValuesTest {
    private static final String VERSIONING = "has(resource.versioning) && resource.versioning.exists(v, v.enabled == true)";

    private static Outcome run(String check, String message, Map<String, Value> attributes) throws RuleException {
        CelTerraformLogic logic = CelTerraformLogic.compile(Set.of("x_y"), List.of(), null, check, message, "versioning",
                "Buckets keep versions", false, "test");
        Resource r = Resource.terraform("x_y.z", "x_y", "z", Resource.Mode.MANAGED, "", ".", SourceLocation.ofFile("main.tf"),
                new Value.Obj(attributes), Map.of(), Map.of());
        return logic.evaluate(r, new UnknownValuesTest.NoRelations());
    }

    @Test
    void aBlockWrittenAsAStringIsUnknownNamingTheAttributeAndWhatTheRuleNeeds() throws Exception {
        Outcome o = run(VERSIONING, "'no versioning'", Map.of("versioning", Value.of("on")));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).isEqualTo("cannot decide: versioning is the string \"on\", where the rule needs a list or a block");
        assertThat(o.attribute()).isEqualTo("versioning");
    }

    @Test
    void aNumberWrittenAsAWordIsUnknownNamingTheElement() throws Exception {
        Outcome o = run("resource.rule.all(r, r.days >= 7)", "'too short'",
                Map.of("rule", new Value.ListV(List.of(new Value.Obj(Map.of("days", Value.of("seven")))))));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).isEqualTo("cannot decide: rule[0].days is the string \"seven\", where the rule needs a number");
        assertThat(o.attribute()).isEqualTo("rule[0].days");
    }

    /** Regression test: a failure whose message could not be built on the values came out as FAIL with only the rule's title. */
    @Test
    void aFailureWhoseMessageCannotReadTheValuesIsUnknownNotAFailWithTheTitle() throws Exception {
        Outcome o = run("resource.size > 10", "'size ' + string(resource.size) + ' in ' + resource.name",
                Map.of("size", Value.of(3), "name", new Value.ListV(List.of(Value.of("a")))));
        assertThat(o.status()).isEqualTo(Status.UNKNOWN);
        assertThat(o.message()).isEqualTo("cannot decide: name is a list of 1, where the rule needs a value of the same kind as the one it is joined to");
    }

    @Test
    void aFailureMessageThatReadsAnUnknownValueNamesIt() throws Exception {
        Outcome o = run("resource.size > 10", "'size ' + string(resource.size) + ' in ' + resource.name",
                Map.of("size", Value.of(3), "name", Value.unknown(UnknownReason.UNSET_VARIABLE, "var.bucket_name")));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).isEqualTo("size 3 in (variable has no value: var.bucket_name)");
    }

    @Test
    void aFailureMessageThatCannotUseAnUnknownValueDescribesWhatIsKnown() throws Exception {
        Value entries = new Value.ListV(List.of(
                new Value.Obj(Map.of("port", Value.unknown(UnknownReason.COMPUTED, "aws_x.y.port"), "open", Value.TRUE)),
                new Value.Obj(Map.of("port", Value.of(22), "open", Value.TRUE))));
        Outcome o = run("!resource.entries.exists(e, e.open && e.port == 22)",
                "'open port ' + resource.entries.filter(e, e.open && int(e.port) == 22).map(e, string(e.port))[0]", Map.of("entries", entries));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).isEqualTo("open port 22");
    }

    /** Regression test: an optional attribute given as null (has() true) made the message fail, and the finding FAIL with the title. */
    @Test
    void aNullAttributeIsNotSet() throws Exception {
        Map<String, Value> statement = new LinkedHashMap<>();
        statement.put("Sid", Value.NULL);
        statement.put("Action", Value.of("*"));
        Outcome o = run("!resource.statements.exists(s, s.Action == '*')",
                "'Action \"*\" in statement' + resource.statements.map(s, has(s.Sid) ? ' ' + s.Sid : '')[0]",
                Map.of("statements", new Value.ListV(List.of(new Value.Obj(statement)))));
        assertThat(o.status()).isEqualTo(Status.FAIL);
        assertThat(o.message()).isEqualTo("Action \"*\" in statement");
        assertThat(run(VERSIONING, "'no versioning'", Map.of("versioning", Value.NULL)).message()).isEqualTo("no versioning");
    }

    /** Regression test: a bool argument given as the string "true" (a module input typed string) failed a check for true. */
    @Test
    void theStringsTrueAndFalseAreBooleansAsTerraformConvertsThem() throws Exception {
        assertThat(run("resource.flag == true", "'off'", Map.of("flag", Value.of("true"))).status()).isEqualTo(Status.PASS);
        assertThat(run("resource.flag == true", "'off'", Map.of("flag", Value.of("false"))).status()).isEqualTo(Status.FAIL);
        assertThat(run("resource.flag == true", "'off'", Map.of("flag", Value.of("True"))).status()).isEqualTo(Status.FAIL);
        // Inside a policy document condition values are strings, compared by their operator.
        Value policy = new Value.Obj(Map.of("Statement", new Value.ListV(List.of(new Value.Obj(Map.of("Condition",
                new Value.Obj(Map.of("Bool", new Value.Obj(Map.of("aws:SecureTransport", Value.of("false")))))))))));
        assertThat(run("resource.policy.Statement[0].Condition.Bool['aws:SecureTransport'] == 'false'", "'x'", Map.of("policy", policy)).status())
                .isEqualTo(Status.PASS);
    }
}
