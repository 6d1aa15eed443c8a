package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one YAML document into a value the way Terraform's {@code yamldecode} types it: quoted
 * scalars are strings; plain scalars become null, bools (including yes/no/on/off), numbers or
 * timestamps by their spelling; mappings become objects with string keys; anchors and aliases
 * are expanded. The YAML syntax itself is parsed by SnakeYAML, which Jackson's YAML support uses.
 */
final class YamlReader {
    private static final String TAG = "tag:yaml.org,2002:";
    private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCTAL_INT = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX_INT = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern TIMESTAMP_START = Pattern.compile("[0-9]{4}-.*", Pattern.DOTALL);
    // Date only; or date, time and optional fraction with a zone (after T or t); or with a space and no zone.
    private static final Pattern TIMESTAMP = Pattern.compile("([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
            + "(?:(?:[Tt]([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.[0-9]+)?(Z|([-+][0-9]{2}):([0-9]{2})))"
            + "|(?: ([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.[0-9]+)?))?");
    private static final Map<String, Value> WORDS = new HashMap<>();
    /** Aliases may share structure, but expanding them must not build an exponentially large value. */
    private static final long MAX_EXPANDED_NODES = 1_000_000;

    static {
        for (String s : List.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON")) {
            WORDS.put(s, Value.TRUE);
        }
        for (String s : List.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF")) {
            WORDS.put(s, Value.FALSE);
        }
        for (String s : List.of("", "~", "null", "Null", "NULL")) {
            WORDS.put(s, Value.NULL);
        }
    }

    private final Parser parser;
    private final Map<String, Value> anchors = new HashMap<>();
    private final Set<String> pendingAnchors = new HashSet<>();
    private final Map<Value, Long> sizes = new IdentityHashMap<>();
    private long expanded;

    private YamlReader(String src) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(32 * 1024 * 1024);
        options.setNestingDepthLimit(1000);
        this.parser = new ParserImpl(new StreamReader(new StringReader(src)), options);
    }

    static Value read(String src) throws FunctionException {
        try {
            return new YamlReader(src).document();
        } catch (MarkedYAMLException e) {
            throw new FunctionException(at(e.getProblemMark()) + e.getProblem());
        } catch (YAMLException e) {
            throw new FunctionException("invalid YAML: " + e.getMessage());
        }
    }

    private Value document() throws FunctionException {
        parser.getEvent(); // stream start
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            return Value.NULL; // an empty document
        }
        parser.getEvent(); // document start
        Value v = node(parser.getEvent(), 0);
        parser.getEvent(); // document end
        Event next = parser.getEvent();
        if (next.is(Event.ID.DocumentStart)) {
            throw new FunctionException(at(next.getStartMark()) + "only a single document is allowed");
        }
        if (!next.is(Event.ID.StreamEnd)) {
            throw new FunctionException(at(next.getStartMark()) + "unexpected extra content after value");
        }
        return v;
    }

    private Value node(Event e, int depth) throws FunctionException {
        if (depth > 1000) {
            throw new FunctionException(at(e.getStartMark()) + "document is nested too deeply");
        }
        if (e instanceof AliasEvent alias) {
            return alias(alias);
        }
        String anchor = e instanceof NodeEvent n ? n.getAnchor() : null;
        if (anchor != null) {
            pendingAnchors.add(anchor);
        }
        Value v;
        if (e instanceof ScalarEvent s) {
            v = scalar(s);
        } else if (e.is(Event.ID.MappingStart)) {
            v = mapping((CollectionStartEvent) e, depth);
        } else if (e.is(Event.ID.SequenceStart)) {
            v = sequence((CollectionStartEvent) e, depth);
        } else {
            throw new FunctionException(at(e.getStartMark()) + "unexpected " + e.getEventId());
        }
        if (anchor != null) {
            pendingAnchors.remove(anchor);
            anchors.put(anchor, v);
        }
        return v;
    }

    private Value alias(AliasEvent alias) throws FunctionException {
        String name = alias.getAnchor();
        if (pendingAnchors.contains(name)) {
            throw new FunctionException(at(alias.getStartMark()) + "cannot refer to anchor " + Json.quote(name)
                    + " from inside its own definition");
        }
        Value v = anchors.get(name);
        if (v == null) {
            throw new FunctionException(at(alias.getStartMark()) + "reference to undefined anchor " + Json.quote(name));
        }
        expanded += size(v);
        if (expanded > MAX_EXPANDED_NODES) {
            throw new FunctionException(at(alias.getStartMark()) + "aliases expand to more than " + MAX_EXPANDED_NODES + " values");
        }
        return v;
    }

    private long size(Value v) {
        Long known = sizes.get(v);
        if (known != null) {
            return known;
        }
        long n = 1;
        if (v instanceof Value.ListV l) {
            for (Value item : l.items()) {
                n += size(item);
            }
        } else if (v instanceof Value.Obj o) {
            for (Value item : o.fields().values()) {
                n += size(item);
            }
        }
        sizes.put(v, n);
        return n;
    }

    private Value mapping(CollectionStartEvent start, int depth) throws FunctionException {
        String tag = start.getTag();
        if (tag != null && !tag.equals(TAG + "map") && !tag.equals("!")) {
            throw new FunctionException(at(start.getStartMark()) + "can't interpret mapping as " + shortTag(tag));
        }
        Map<String, Value> fields = new HashMap<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Event keyEvent = parser.getEvent();
            if (!(keyEvent instanceof ScalarEvent keyScalar)) {
                throw new FunctionException(at(keyEvent.getStartMark()) + "only strings are allowed as mapping keys");
            }
            Value key = scalar(keyScalar);
            if (key instanceof Value.Null) {
                throw new FunctionException(at(keyEvent.getStartMark()) + "mapping key cannot be null");
            }
            fields.put(Convert.stringOrNull(key), node(parser.getEvent(), depth + 1)); // a repeated key: the last wins
        }
        parser.getEvent();
        return Order.sortedObject(fields);
    }

    private Value sequence(CollectionStartEvent start, int depth) throws FunctionException {
        String tag = start.getTag();
        if (tag != null && !tag.equals(TAG + "seq") && !tag.equals("!")) {
            throw new FunctionException(at(start.getStartMark()) + "can't interpret sequence as " + shortTag(tag));
        }
        List<Value> items = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            items.add(node(parser.getEvent(), depth + 1));
        }
        parser.getEvent();
        return new Value.ListV(items);
    }

    private Value scalar(ScalarEvent s) throws FunctionException {
        String tag = s.getTag();
        String text = s.getValue();
        try {
            if (tag == null || tag.equals("!")) {
                return s.isPlain() && tag == null ? resolvePlain(text) : Value.of(text);
            }
            return resolveTagged(tag, text);
        } catch (FunctionException e) {
            throw new FunctionException(at(s.getStartMark()) + e.getMessage());
        }
    }

    private static Value resolvePlain(String text) throws FunctionException {
        Value word = WORDS.get(text);
        if (word != null) {
            return word;
        }
        if (text.matches("[-+]?\\.(inf|Inf|INF)")) {
            throw new FunctionException("infinity is not supported");
        }
        if (text.matches("\\.(nan|NaN|NAN)")) {
            throw new FunctionException("floating point NaN is not supported");
        }
        if (text.isEmpty()) {
            return Value.of(text);
        }
        char first = text.charAt(0);
        if ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.') {
            if (TIMESTAMP_START.matcher(text).matches()) {
                String ts = timestamp(text);
                if (ts != null) {
                    return Value.of(ts);
                }
            }
            BigDecimal n = number(text);
            if (n != null) {
                return Value.of(n);
            }
        }
        return Value.of(text);
    }

    private static Value resolveTagged(String tag, String text) throws FunctionException {
        switch (tag) {
            case TAG + "str":
                return Value.of(text);
            case TAG + "null":
                return Value.NULL;
            case TAG + "bool": {
                Value word = WORDS.get(text);
                if (word instanceof Value.Bool) {
                    return word;
                }
                throw new FunctionException("cannot parse " + Json.quote(text) + " as !!bool");
            }
            case TAG + "int":
            case TAG + "float": {
                BigDecimal n = number(text);
                if (n == null) {
                    throw new FunctionException("cannot parse " + Json.quote(text) + " as " + shortTag(tag));
                }
                return Value.of(n);
            }
            case TAG + "timestamp": {
                String ts = timestamp(text);
                if (ts == null) {
                    throw new FunctionException("cannot parse " + Json.quote(text) + " as !!timestamp");
                }
                return Value.of(ts);
            }
            case TAG + "binary":
                try {
                    Base64.getMimeDecoder().decode(text);
                } catch (IllegalArgumentException e) {
                    throw new FunctionException("cannot parse " + Json.quote(text) + " as !!binary: not valid base64");
                }
                return Value.of(text);
            default:
                throw new FunctionException("unsupported tag " + Json.quote(shortTag(tag)));
        }
    }

    private static BigDecimal number(String text) {
        if (DECIMAL_INT.matcher(text).matches() || FLOAT.matcher(text).matches()) {
            BigDecimal n = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            return Convert.tooLarge(n) ? null : n;
        }
        if (OCTAL_INT.matcher(text).matches()) {
            return new BigDecimal(new BigInteger(text.substring(2), 8));
        }
        if (HEX_INT.matcher(text).matches()) {
            return new BigDecimal(new BigInteger(text.substring(2), 16));
        }
        return null;
    }

    /** YAML timestamps, normalised to RFC 3339 as Terraform's string convention for time. */
    private static String timestamp(String text) {
        var m = TIMESTAMP.matcher(text);
        if (text.length() > 64 || !m.matches()) {
            return null;
        }
        try {
            int timeGroup = m.group(4) != null ? 4 : m.group(10) != null ? 10 : 0;
            int[] time = new int[3];
            for (int i = 0; timeGroup > 0 && i < 3; i++) {
                time[i] = Integer.parseInt(m.group(timeGroup + i));
            }
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), time[0], time[1], time[2]);
            ZoneOffset offset = ZoneOffset.UTC;
            if (m.group(8) != null) {
                int seconds = Integer.parseInt(m.group(8).substring(1)) * 3600 + Integer.parseInt(m.group(9)) * 60;
                offset = ZoneOffset.ofTotalSeconds(m.group(8).startsWith("-") ? -seconds : seconds);
            }
            return DateFunctions.rfc3339(local.atOffset(offset));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String shortTag(String tag) {
        return tag.startsWith(TAG) ? "!!" + tag.substring(TAG.length()) : tag;
    }

    private static String at(Mark mark) {
        if (mark == null) {
            return "";
        }
        return "on line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
    }
}
