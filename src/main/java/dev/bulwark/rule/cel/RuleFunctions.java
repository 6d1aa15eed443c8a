package dev.bulwark.rule.cel;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;

import java.util.List;
import java.util.Locale;

/**
 * Functions rule expressions may call besides CEL's standard library. Each is declared for the
 * compiler and bound for the runtime here, in one place.
 */
final class RuleFunctions {
    private RuleFunctions() {}

    static List<CelFunctionDecl> declarations() {
        return List.of(
                CelFunctionDecl.newFunctionDeclaration("wildcard_match",
                        CelOverloadDecl.newGlobalOverload("wildcard_match_string_string",
                                "IAM-style match: * any run of characters, ? one character, case-insensitive",
                                SimpleType.BOOL, SimpleType.STRING, SimpleType.STRING)),
                CelFunctionDecl.newFunctionDeclaration("as_list",
                        CelOverloadDecl.newGlobalOverload("as_list_dyn", "a list as it is, null as [], anything else as [x]",
                                ListType.create(SimpleType.DYN), SimpleType.DYN)),
                CelFunctionDecl.newFunctionDeclaration("iam_public",
                        CelOverloadDecl.newGlobalOverload("iam_public_dyn",
                                "an IAM policy statement allows every principal and no condition limits the caller",
                                SimpleType.BOOL, SimpleType.DYN)));
    }

    static List<CelFunctionBinding> bindings() {
        return List.of(
                CelFunctionBinding.from("wildcard_match_string_string", String.class, String.class, RuleFunctions::wildcardMatch),
                CelFunctionBinding.from("as_list_dyn", Object.class, RuleFunctions::asList),
                CelFunctionBinding.from("iam_public_dyn", Object.class, PublicStatement::isPublic));
    }

    /** True when {@code value} matches {@code pattern} where * is any run and ? any one character. */
    static boolean wildcardMatch(String pattern, String value) {
        String p = pattern.toLowerCase(Locale.ROOT);
        String v = value.toLowerCase(Locale.ROOT);
        int pi = 0, vi = 0, star = -1, mark = 0;
        while (vi < v.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == v.charAt(vi))) {
                pi++;
                vi++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = vi;
            } else if (star >= 0) {
                pi = star + 1;
                vi = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') pi++;
        return pi == p.length();
    }

    static List<?> asList(Object v) {
        if (v instanceof List<?> l) return l;
        if (v == null || v instanceof com.google.protobuf.NullValue) return List.of();
        return List.of(v);
    }
}
