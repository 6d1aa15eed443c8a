package dev.bulwark.source.hcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes JSON objects into {@link Body} trees following a {@link JsonBodySchema}: keys the
 * schema names as blocks are unfolded label by label ({@code type → name → body}), anything else
 * becomes an attribute. As in HCL's JSON syntax, an array of objects may stand wherever an object
 * of labels or a body is expected, and {@code "//"} keys are comments.
 */
final class JsonBodyDecoder {
    static final String COMMENT_KEY = "//";

    private final String fileName;
    private final JsonExprDecoder exprs;

    JsonBodyDecoder(String fileName) {
        this.fileName = fileName;
        this.exprs = new JsonExprDecoder(fileName);
    }

    Body decodeBody(JsonSyntax.JsonObject object, JsonBodySchema schema) throws HclParseException {
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (JsonSyntax.Member member : object.members()) {
            if (member.name().equals(COMMENT_KEY)) {
                continue;
            }
            JsonBodySchema.BlockSchema blockSchema = schema.blocks().get(member.name());
            if (blockSchema != null) {
                BlockTarget target = new BlockTarget(member.key(), blockSchema, blocks);
                unfoldLabels(target, member.value(), new ArrayList<>(), member.key().range());
            } else {
                Expr expr = exprs.decode(member.value(), schema.modeFor(member.name()));
                attributes.add(new Attribute(member.name(), expr, member.range(), member.key().range()));
            }
        }
        return new Body(attributes, blocks, object.range());
    }

    /** The block type being decoded and where its blocks go. */
    private record BlockTarget(JsonSyntax.JsonString typeKey, JsonBodySchema.BlockSchema schema, List<Block> out) {
        String type() {
            return typeKey.value();
        }
    }

    /**
     * Walks one label level per call until all labels are known, then decodes the body.
     * {@code keyRange} is the key that led to {@code value}; a block's range starts there.
     */
    private void unfoldLabels(BlockTarget target, JsonSyntax value, List<String> labels, Range keyRange)
            throws HclParseException {
        if (labels.size() == target.schema().labelCount()) {
            decodeBlockBodies(target, value, labels, keyRange);
            return;
        }
        if (value instanceof JsonSyntax.JsonObject object) {
            for (JsonSyntax.Member member : object.members()) {
                if (member.name().equals(COMMENT_KEY)) {
                    continue;
                }
                List<String> deeper = new ArrayList<>(labels);
                deeper.add(member.name());
                unfoldLabels(target, member.value(), deeper, member.key().range());
            }
        } else if (value instanceof JsonSyntax.JsonArray array) {
            for (JsonSyntax item : array.items()) {
                if (!(item instanceof JsonSyntax.JsonObject)) {
                    throw shapeError(item, describe(target, labels) + " needs objects keyed by its "
                            + labelName(target, labels) + " label in this array");
                }
                unfoldLabels(target, item, labels, item.range());
            }
        } else {
            throw shapeError(value, describe(target, labels) + " needs an object keyed by its "
                    + labelName(target, labels) + " label");
        }
    }

    private void decodeBlockBodies(BlockTarget target, JsonSyntax value, List<String> labels, Range keyRange)
            throws HclParseException {
        if (value instanceof JsonSyntax.JsonObject object) {
            target.out().add(block(target, labels, object, Range.between(keyRange, object.range())));
        } else if (value instanceof JsonSyntax.JsonArray array) {
            for (JsonSyntax item : array.items()) {
                if (!(item instanceof JsonSyntax.JsonObject object)) {
                    throw shapeError(item, "each body of " + describe(target, labels) + " in this array must be an object");
                }
                target.out().add(block(target, labels, object, object.range()));
            }
        } else {
            throw shapeError(value, "the body of " + describe(target, labels)
                    + " must be an object, or an array of objects for several blocks");
        }
    }

    private Block block(BlockTarget target, List<String> labels, JsonSyntax.JsonObject object, Range range)
            throws HclParseException {
        Body body = decodeBody(object, target.schema().body().get());
        return new Block(target.type(), labels, body, range, target.typeKey().range());
    }

    private static String describe(BlockTarget target, List<String> labels) {
        StringBuilder sb = new StringBuilder("block \"").append(target.type()).append('"');
        for (String label : labels) {
            sb.append(" \"").append(label).append('"');
        }
        return sb.toString();
    }

    private static String labelName(BlockTarget target, List<String> labels) {
        return target.schema().labelNames().get(labels.size());
    }

    private HclParseException shapeError(JsonSyntax found, String expectation) {
        return new HclParseException(fileName, found.range().start(), expectation + "; found " + found.kind());
    }
}
