/**
 * Secret detection: pure functions over text, no I/O, no engine, no reports.
 *
 * <h2>Public API (stable: add, don't rename)</h2>
 * <pre>
 * enum SecretFamily                      one per rule BW-SECRET-001..019 (rules/secrets/secrets.yaml)
 *     String id()                        "aws-access-key", the rule file's secrets: {family: …}
 *     String ruleId()                    "BW-SECRET-001"
 *     boolean accessCredential()         maps to 3.3.2 as well as 3.4.3
 *     static Optional&lt;SecretFamily&gt; byId(String), byRuleId(String)
 *
 * final class SecretScanner              one pass, Aho–Corasick over literal anchors, then per-family checks
 *     static SecretScanner standard()
 *     List&lt;SecretMatch&gt; scan(CharSequence text)   offsets/columns in chars
 *     List&lt;SecretMatch&gt; scan(byte[] fileBytes)    offsets/columns in bytes
 *     List&lt;String&gt; anchors()
 *
 * final class SecretMatch                where + what; toString() never shows the value
 *     SecretMatch(SecretValue, int start, int end, int line, int column, String detail)
 *     SecretValue secret(); SecretFamily family(); String ruleId()
 *     int start(), end(), line(), column()   (line, column 1-based, at start)
 *     String detail()                     words only, e.g. "AWS access key id with its secret access key on line 4"
 *     String redacted(), fingerprint()
 *
 * final class SecretValue                the secret; toString() is "BW-SECRET-001 AKIA…(20 chars) fingerprint=…"
 *     static SecretValue of(SecretFamily, String raw)
 *     SecretFamily family(); String redacted(); String fingerprint()
 *     String unsafeValue()                the raw value: compare only, never print/log/store
 *
 * final class SecretJudge                the one "is key = value a secret?" judgement for structural callers
 *     static Optional&lt;SecretValue&gt; assignment(String key, String value)   shaped secret, else GENERIC_ASSIGNMENT
 *     static boolean secretName(String key)       password, token, api_key … minus …_file, …_url, …_arn, …_id …
 *     static boolean literalSecret(String value)  not empty/placeholder/reference/boolean/short number/prose/path
 *     static boolean placeholder(String value)    &lt;your-key&gt;, xxxx, changeme, REPLACE_ME, ***, TODO …
 *     static boolean reference(String value)      ${var.x}, ${{ secrets.X }}, {{ .Values.x }}, $(VAR), $VAR, arn:aws:secretsmanager:…, ssm:, vault: …
 *
 * final class Redaction    static String redact(CharSequence)     "AKIA…(20 chars)"; short values show a quarter
 * final class Fingerprint  static String of(CharSequence)         16 hex chars of SHA-256(SALT + value)
 *                          static boolean isFingerprint(String); SALT; LENGTH
 * </pre>
 *
 * <p>Everything else in the package (the automaton, the detectors) is package-private. See
 * docs/secrets.md for what each detector checks.
 */
package dev.bulwark.secret;
