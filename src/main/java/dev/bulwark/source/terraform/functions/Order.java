package dev.bulwark.source.terraform.functions;

import dev.bulwark.model.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Terraform's orderings: strings by code point (Go compares UTF-8 bytes), object keys always sorted. */
final class Order {
    /** Go's string order; differs from {@link String#compareTo} only for characters outside the BMP. */
    static final Comparator<String> STRINGS = Order::compareCodePoints;

    private Order() {}

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The keys of an object in the order Terraform iterates them. */
    static List<String> sortedKeys(Map<String, Value> fields) {
        List<String> keys = new ArrayList<>(fields.keySet());
        keys.sort(STRINGS);
        return keys;
    }

    /** An object whose insertion order is Terraform's (sorted) order. */
    static Value.Obj sortedObject(Map<String, Value> fields) {
        Map<String, Value> sorted = new LinkedHashMap<>();
        for (String k : sortedKeys(fields)) {
            sorted.put(k, fields.get(k));
        }
        return new Value.Obj(sorted);
    }
}
