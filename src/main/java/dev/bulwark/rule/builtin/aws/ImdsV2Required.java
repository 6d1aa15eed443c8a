package dev.bulwark.rule.builtin.aws;

import dev.bulwark.model.Resource;
import dev.bulwark.model.Value;
import dev.bulwark.rule.Outcome;
import dev.bulwark.rule.RuleContext;
import dev.bulwark.rule.ResourceLogic;

import java.util.List;
import java.util.Set;

/**
 * Instances, launch templates and launch configurations require IMDSv2: {@code metadata_options} sets
 * {@code http_tokens = "required"} or switches the endpoint off. Without a metadata_options block the
 * launch takes no metadata options, so the AMI decides: one registered with ImdsSupport v2.0 (see
 * {@link ImdsV2Amis}) requires tokens, any other keeps IMDSv1. An instance without its own block takes
 * the block of its launch template, and the AMI from its own {@code ami} or else from the template.
 */
public final class ImdsV2Required implements ResourceLogic {
    private static final String OPTIONS = "metadata_options";

    @Override
    public Set<String> resourceTypes() {
        return Set.of("aws_instance", "aws_launch_template", "aws_launch_configuration");
    }

    /** What one set of metadata_options blocks says: tokens required, not required, or not known. */
    private record Tokens(Boolean required, String httpTokens, String unknownPath, Value.Unknown unknown) {}

    @Override
    public Outcome evaluate(Resource resource, RuleContext context) {
        boolean instance = "aws_instance".equals(resource.type());
        String keeps = instance ? "IMDSv1 stays enabled" : "instances launched from it keep IMDSv1";
        if (Blocks.written(resource.attribute(OPTIONS))) return judge(resource.address(), tokens(resource.attribute(OPTIONS)), keeps, "");

        Resource template = instance ? LaunchTemplates.of(resource, context) : null;
        if (instance && Blocks.written(resource.attribute("launch_template")) && template == null) {
            return Outcome.fail(resource.address() + " has no metadata_options block and its launch template is not in this configuration,"
                    + " so http_tokens defaults to \"optional\" unless the AMI says otherwise, and IMDSv1 stays enabled", OPTIONS);
        }
        if (template != null && Blocks.written(template.attribute(OPTIONS))) {
            return judge(resource.address(), tokens(template.attribute(OPTIONS)), keeps, " through its launch template " + template.address());
        }
        String ami = instance ? amiOfInstance(resource, template, context) : ImdsV2Amis.requiringTokens(resource, "image_id", context);
        if (ami != null) {
            return Outcome.pass(resource.address() + " has no metadata_options block and launches " + ami
                    + ", an AMI registered with ImdsSupport v2.0, so http_tokens defaults to \"required\"");
        }
        return Outcome.fail(resource.address() + " has no metadata_options block"
                + (instance ? " (nor a launch template in this configuration that requires tokens)" : "")
                + " and its AMI is not one known to require IMDSv2, so http_tokens defaults to \"optional\" and " + keeps, OPTIONS);
    }

    private static Outcome judge(String address, Tokens t, String keeps, String through) {
        if (Boolean.TRUE.equals(t.required())) return Outcome.pass(address + " requires IMDSv2" + through);
        if (t.required() == null) {
            return Outcome.unknown("cannot decide: " + t.unknownPath() + through + " is unknown (" + t.unknown().describe() + ")", OPTIONS);
        }
        return Outcome.fail(address + " sets metadata_options.http_tokens = \"" + t.httpTokens() + "\"" + through + ", so " + keeps, OPTIONS);
    }

    /** Tokens are required when some block requires them or switches the endpoint off; unknown when only an unknown value could. */
    private static Tokens tokens(Value options) {
        if (options instanceof Value.Unknown u) return new Tokens(null, null, OPTIONS, u);
        List<Value> blocks = options instanceof Value.ListV l ? l.items() : List.of(options);
        Value.Unknown unknown = null;
        String unknownPath = null;
        String httpTokens = "optional (the default)";
        for (Value block : blocks) {
            if (block instanceof Value.Unknown u) {
                if (unknown == null) {
                    unknown = u;
                    unknownPath = OPTIONS;
                }
                continue;
            }
            if (!(block instanceof Value.Obj m)) continue;
            Value tokens = m.get("http_tokens");
            Value endpoint = m.get("http_endpoint");
            if (tokens instanceof Value.Str s && "required".equals(s.value())) return new Tokens(true, s.value(), null, null);
            if (endpoint instanceof Value.Str s && "disabled".equals(s.value())) return new Tokens(true, null, null, null);
            if (unknown == null && tokens instanceof Value.Unknown u) {
                unknown = u;
                unknownPath = OPTIONS + ".http_tokens";
            }
            if (unknown == null && endpoint instanceof Value.Unknown u) {
                unknown = u;
                unknownPath = OPTIONS + ".http_endpoint";
            }
            if (tokens instanceof Value.Str s) httpTokens = s.value();
        }
        return unknown != null ? new Tokens(null, null, unknownPath, unknown) : new Tokens(false, httpTokens, null, null);
    }

    /** The instance's own ami wins over its launch template's image_id. */
    private static String amiOfInstance(Resource instance, Resource template, RuleContext context) {
        Value own = instance.attribute("ami");
        if (own != null && !(own instanceof Value.Null)) return ImdsV2Amis.requiringTokens(instance, "ami", context);
        return template == null ? null : ImdsV2Amis.requiringTokens(template, "image_id", context);
    }
}
