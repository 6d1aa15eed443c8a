package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Provider-defined functions Bulwark evaluates itself: the AWS provider's ARN helpers. */
final class ProviderFunctions {
    private ProviderFunctions() {}

    static List<Builtin> all() {
        return List.of(
                Builtin.of("provider::aws::arn_parse", 1, a -> {
                    String arn = a.string(0);
                    if (!arn.startsWith("arn:")) {
                        throw a.error("invalid ARN " + Json.quote(arn) + ": it must start with \"arn:\"");
                    }
                    String[] parts = arn.split(":", 6);
                    if (parts.length < 6) {
                        throw a.error("invalid ARN " + Json.quote(arn) + ": it needs six sections separated by ':'");
                    }
                    Map<String, Value> fields = new HashMap<>();
                    fields.put("partition", Value.of(parts[1]));
                    fields.put("service", Value.of(parts[2]));
                    fields.put("region", Value.of(parts[3]));
                    fields.put("account_id", Value.of(parts[4]));
                    fields.put("resource", Value.of(parts[5]));
                    return Order.sortedObject(fields);
                }),
                Builtin.of("provider::aws::arn_build", 5, a -> Value.of(
                        "arn:" + a.string(0) + ":" + a.string(1) + ":" + a.string(2) + ":" + a.string(3) + ":" + a.string(4))));
    }
}
