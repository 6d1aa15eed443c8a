package dev.bulwark.rule.cel;

import dev.bulwark.model.Value;
import dev.bulwark.rule.RuleSet;
import dev.bulwark.rule.ResourceLogic;
import dev.cel.common.types.SimpleType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One built-in check (BW-AWS-NET-001, SSH/RDP open to the internet, on an aws_security_group with
 * four ingress blocks) evaluated planned and on CEL's interpreter, single-threaded: the hot path of
 * a scan; and the conversion of that resource into the CEL input every rule on it reads. Run with
 * {@code bench/jmh.sh CheckEvaluationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CheckEvaluationBenchmark {
    CelEnvironment.Compiled check;
    Map<String, Object> variables;
    Value.Obj securityGroup;

    @Setup
    public void setUp() throws Exception {
        CelTerraformLogic logic = null;
        for (ResourceLogic l : RuleSet.builtin(id -> true).find("BW-AWS-NET-001").orElseThrow().resources()) {
            if (l.resourceTypes().contains("aws_security_group")) logic = (CelTerraformLogic) l;
        }
        String expression = logic.expressions().keySet().iterator().next();
        check = CelEnvironment.compile(expression, SimpleType.BOOL);
        Map<String, Value> group = new LinkedHashMap<>();
        group.put("name", Value.of("web"));
        List<Value> ingress = new ArrayList<>();
        ingress.add(rule(443, 443, "tcp", "0.0.0.0/0"));
        ingress.add(rule(80, 80, "tcp", "0.0.0.0/0"));
        ingress.add(rule(22, 22, "tcp", "10.0.0.0/8"));
        ingress.add(rule(8000, 8100, "tcp", "10.1.0.0/16"));
        group.put("ingress", new Value.ListV(ingress));
        securityGroup = new Value.Obj(group);
        Object resource = CelInput.convert("resource", List.of(), securityGroup, false).value();
        variables = Map.of("resource", resource, "meta", Map.of("address", "aws_security_group.web"), "referrers", Map.of(),
                "referenced", Map.of(), "settings", Map.of());
        if (!check.evaluate(variables).equals(check.plain().eval(variables))) throw new IllegalStateException("planned and interpreted differ");
    }

    private static Value rule(long from, long to, String protocol, String cidr) {
        Map<String, Value> r = new LinkedHashMap<>();
        r.put("from_port", Value.of(from));
        r.put("to_port", Value.of(to));
        r.put("protocol", Value.of(protocol));
        r.put("cidr_blocks", new Value.ListV(List.of(Value.of(cidr))));
        return new Value.Obj(r);
    }

    @Benchmark
    public Object planned() throws Exception {
        return check.planned().eval(variables::get);
    }

    @Benchmark
    public Object convertInput() {
        return CelInput.convert("resource", List.of(), PolicyShapes.normalize(securityGroup), UnknownsAsReferences.NONE);
    }

    @Benchmark
    public Object interpreted() throws Exception {
        return check.plain().eval(variables);
    }
}
