package dev.bulwark.source.terraform;

import dev.bulwark.model.CallChain;
import dev.bulwark.model.ModuleCall;
import dev.bulwark.model.Resource;
import dev.bulwark.model.TerraformDetails;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import dev.bulwark.source.hcl.Block;
import dev.bulwark.source.terraform.functions.FunctionException;
import dev.bulwark.source.terraform.functions.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One {@code resource} or {@code data} block in one module instance, expanded and evaluated on first use. */
final class ResourceNode {
    private static final Set<String> META_ARGUMENTS = Set.of("count", "for_each", "provider", "depends_on");

    private final ModuleInstance module;
    private final String key;
    private final Located<Block> decl;
    private final Cell cell;
    private List<Resource> instances = List.of();

    ResourceNode(ModuleInstance module, String key, Located<Block> decl) {
        this.module = module;
        this.key = key;
        this.decl = decl;
        this.cell = new Cell(module.addressOf(key), this::evaluate);
    }

    Cell cell() {
        return cell;
    }

    /** The evaluated instances; forces evaluation. */
    List<Resource> instances() {
        module.read(cell, decl.node().typeRange(), decl.file());
        return instances;
    }

    private Cell.Evaluated evaluate() {
        Block block = decl.node();
        boolean data = key.startsWith("data.");
        String type = block.labels().get(0);
        String name = block.labels().get(1);
        String base = module.addressOf(key);
        Scope scope = new Scope(module, decl.file());
        Expansion expansion = Expansion.of(block.body(), scope, base);
        boolean dependsOn = block.body().attribute("depends_on") != null;
        List<Value> values = new ArrayList<>();
        List<Resource> out = new ArrayList<>();
        SourceLocation loc = Diagnostics.location(decl.file(), block.range());
        Map<String, SourceLocation> locations = Map.of();
        for (Expansion.Instance instance : expansion.instances()) {
            String address = base + instance.suffix();
            BodyEvaluator.Result r = BodyEvaluator.evaluate(block.body(), expansion.bind(scope, instance), META_ARGUMENTS, address);
            Value.Obj attrs = (Value.Obj) EmbeddedJson.decodePolicies(r.value(), module.context);
            if (data && type.equals("aws_iam_policy_document")) {
                attrs = withPolicyJson(attrs);
            }
            module.context.registerResourceObject(attrs, ResourceOwner.of(address, type, data, attrs, dependsOn));
            values.add(attrs);
            // Instances usually share every location: then they share one map too.
            if (!r.locations().equals(locations)) locations = Map.copyOf(r.locations());
            Map<String, Set<String>> refs = new LinkedHashMap<>(r.references());
            Set<String> expansionRefs = expansion.referencesOf(instance);
            if (!expansionRefs.isEmpty()) refs.put(expansion.kind() == Expansion.Kind.COUNT ? "count" : "for_each", expansionRefs);
            Set<String> sensitive = SensitiveValues.takeFrom(refs);
            CallChain chain = callChain(refs);
            out.add(new Resource(TerraformSource.FORMAT, address, type, name, module.context.rootShown, loc, attrs, locations, refs,
                    sensitive, new TerraformDetails(data ? Resource.Mode.DATA : Resource.Mode.MANAGED, module.address, chain)));
        }
        instances = out;
        return new Cell.Evaluated(expansion.aggregate(values), Set.of());
    }

    /**
     * Takes the call-argument markers out of {@code refs}; for a resource in a module kept outside
     * the scanned code, returns how that code calls it, with the arguments each attribute derives from.
     */
    private CallChain callChain(Map<String, Set<String>> refs) {
        List<ModuleCall> calls = module.callChain;
        Map<String, List<ModuleCall.Argument>> inputs = module.context.callInputs.takeFrom(refs, calls.isEmpty() ? null : calls.get(0));
        return calls.isEmpty() ? null : new CallChain(calls, inputs);
    }

    /** Adds the {@code json} attribute the data source computes: a string, or unknown with its document remembered. */
    private Value.Obj withPolicyJson(Value.Obj args) {
        Value policy = IamPolicyDocument.build(args);
        Value json;
        if (policy.whollyKnown()) {
            try {
                json = Value.of(Json.encode(policy));
            } catch (FunctionException e) {
                json = Value.unknown(dev.bulwark.model.UnknownReason.EVALUATION_ERROR, e.getMessage());
            }
        } else {
            Value.Unknown u = Value.unknown(dev.bulwark.model.UnknownReason.UNKNOWN_INPUT, "policy document with unknown parts");
            module.context.rememberJsonSource(u, policy);
            json = u;
        }
        Map<String, Value> fields = new LinkedHashMap<>(args.fields());
        fields.put("json", json);
        fields.put("minified_json", json);
        return new Value.Obj(fields);
    }
}
