package dev.bulwark.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the HTML reports share: the page's head with a Content-Security-Policy that lets the page
 * load nothing (only its own inline style and script, named by their hashes), the style sheet (with
 * print rules), the filter bar and its script, bar charts drawn as inline SVG, and escaping. With
 * scripts disabled the filter bar stays hidden and every finding is shown.
 */
final class HtmlPage {
    private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

    static final String STYLE = """
            :root{--fail:#b42318;--unknown:#b54708;--pass:#067647;--muted:#5d6675;--line:#d0d5dd}
            *{box-sizing:border-box}
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#101828;margin:0 auto;max-width:1200px;padding:24px}
            h1{font-size:22px;margin:0 0 4px}
            h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
            h3{font-size:15px;margin:22px 0 6px}
            h4{font-size:14px;margin:0 0 4px;font-weight:600}
            p{margin:4px 0}
            .meta{color:var(--muted);margin:2px 0}
            table{border-collapse:collapse;width:100%}
            th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eaecf0;vertical-align:top}
            th{background:#f2f4f7}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            td:first-child{min-width:16em}
            code{font:12px ui-monospace,Menlo,Consolas,monospace;background:#f2f4f7;padding:0 3px;border-radius:3px;overflow-wrap:anywhere}
            .st{font-weight:600;white-space:nowrap}
            .st-FAIL{color:var(--fail)}
            .st-UNKNOWN,.st-DUE_SOON{color:var(--unknown)}
            .st-PASS{color:var(--pass)}
            .st-SUPPRESSED,.st-other{color:var(--muted)}
            .sev{display:inline-block;padding:0 6px;border-radius:4px;font-size:12px;font-weight:600;border:1px solid currentColor}
            .sev-CRITICAL{color:#7a271a;background:#fee4e2}
            .sev-HIGH{color:#b42318;background:#fef3f2}
            .sev-MEDIUM{color:#93370d;background:#fffaeb}
            .sev-LOW{color:#344054;background:#f2f4f7}
            .charts{display:flex;flex-wrap:wrap;gap:32px}
            .charts figure{margin:0}
            .charts figcaption{font-weight:600;margin-bottom:4px}
            .finding{border:1px solid var(--line);border-left:5px solid var(--fail);border-radius:6px;padding:8px 12px;margin:8px 0;break-inside:avoid}
            .finding[data-status=UNKNOWN],.finding[data-status=DUE_SOON]{border-left-color:var(--unknown)}
            .finding[data-status=SUPPRESSED]{border-left-color:var(--muted)}
            .fix{color:#1d2939}
            pre.src{background:#f6f8fa;border:1px solid #eaecf0;border-radius:4px;padding:4px 0;margin:6px 0;overflow-x:auto;font:12px/1.45 ui-monospace,Menlo,Consolas,monospace}
            pre.src>span{display:block;padding:0 8px;white-space:pre}
            pre.src .hit{background:#fff1b8;font-weight:600}
            .ln{display:inline-block;min-width:6ch;text-align:right;margin-right:1ch;color:var(--muted)}
            #filters{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:8px 0;display:flex;flex-wrap:wrap;gap:10px;align-items:flex-end;z-index:1}
            fieldset{border:1px solid var(--line);border-radius:6px;padding:2px 8px;margin:0}
            legend{font-size:12px;color:var(--muted)}
            label{margin-right:8px;white-space:nowrap}
            input[type=search]{font:inherit;padding:3px 6px;min-width:16em}
            .note{background:#fffaeb;border:1px solid #fedf89;padding:8px 12px;border-radius:6px}
            details.more{margin:8px 0}
            details.more summary{cursor:pointer;font-weight:600}
            pre.rows{font:12px/1.45 ui-monospace,Menlo,Consolas,monospace;white-space:pre;overflow-x:auto;margin:4px 0}
            [hidden]{display:none!important}
            @media print{
            #filters{position:static;border:0;padding:0}
            #filters fieldset,#filters label{display:none!important}
            body{max-width:none;padding:0;font-size:11px}
            a{color:inherit;text-decoration:none}
            h2,h3{break-after:avoid}
            tr,.finding,figure{break-inside:avoid}
            pre.src{white-space:pre-wrap;overflow:visible}
            pre.src>span{white-space:pre-wrap}
            }
            """;

    /**
     * Filters what carries data-status, data-severity and data-section, and the plain-text lines of
     * each pre.rows (status and severity are a line's first two words; the section is the block's);
     * hides groups left empty; says how many are shown.
     */
    static final String SCRIPT = """
            (function () {
              var form = document.getElementById('filters');
              if (!form) return;
              form.hidden = false;
              var items = Array.prototype.slice.call(document.querySelectorAll('[data-status]'));
              var groups = Array.prototype.slice.call(document.querySelectorAll('.group'));
              var shown = document.getElementById('shown');
              // Read at the first use of a filter, not while the page opens.
              var blocks = null, total = 0, texts = null;
              function readBlocks() {
                blocks = Array.prototype.slice.call(document.querySelectorAll('pre.rows')).map(function (p) {
                  return { el: p, lines: p.textContent.split('\\n').filter(function (l) { return l; }), count: p.parentNode.querySelector('.count') };
                });
                total = blocks.reduce(function (n, b) { return n + b.lines.length; }, items.length);
              }
              // What the text box searches: everything but the source lines, which name neighbouring resources too.
              function searchable(e) {
                var t = '';
                for (var c = e.firstElementChild; c; c = c.nextElementSibling) if (c.tagName !== 'PRE') t += c.textContent + ' ';
                return t.toLowerCase();
              }
              function value(name) {
                var checked = form.querySelector('input[name="' + name + '"]:checked');
                return checked ? checked.value : '';
              }
              function apply() {
                var status = value('status'), severity = value('severity'), section = value('section');
                var text = form.elements.q.value.trim().toLowerCase();
                var n = 0;
                if (!blocks) readBlocks();
                if (text && !texts) texts = items.map(searchable);
                items.forEach(function (e, i) {
                  var ok = (!status || e.dataset.status === status) && (!severity || e.dataset.severity === severity)
                      && (!section || e.dataset.section === section)
                      && (!text || texts[i].indexOf(text) >= 0);
                  e.hidden = !ok;
                  if (ok) n++;
                });
                blocks.forEach(function (b) {
                  var kept = section && b.el.dataset.section !== section ? [] : b.lines.filter(function (l) {
                    var words = l.split(/ +/, 2);
                    return (!status || words[0] === status) && (!severity || words[1] === severity)
                        && (!text || l.toLowerCase().indexOf(text) >= 0);
                  });
                  b.el.textContent = kept.length ? kept.join('\\n') + '\\n' : '';
                  b.el.parentNode.hidden = !kept.length;
                  if (b.count) b.count.textContent = kept.length;
                  n += kept.length;
                });
                groups.forEach(function (g) { g.hidden = !g.querySelector('[data-status]:not([hidden]), details.more:not([hidden])'); });
                // Said in words too, since a printed page shows no filter bar.
                var active = [['status', status], ['severity', severity], ['section', section], ['text', text]]
                    .filter(function (f) { return f[1]; }).map(function (f) { return f[0] + ' ' + f[1]; });
                if (shown) shown.textContent = n + ' of ' + total + ' shown' + (active.length ? ' (filtered by ' + active.join(', ') + ')' : '');
              }
              form.addEventListener('input', apply);
              form.addEventListener('change', apply);
              form.addEventListener('submit', function (e) { e.preventDefault(); });
            })();
            """;

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
            + sha256(SCRIPT) + "'; img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; "
            + "frame-src 'none'; base-uri 'none'; form-action 'none'";

    static final Map<String, String> SEVERITY_COLOURS = Map.of("CRITICAL", "#7a271a", "HIGH", "#d92d20", "MEDIUM", "#f79009",
            "LOW", "#98a2b3");
    static final Map<String, String> STATUS_COLOURS = Map.ofEntries(Map.entry("FAIL", "#d92d20"), Map.entry("UNKNOWN", "#f79009"),
            Map.entry("DUE_SOON", "#fdb022"), Map.entry("PASS", "#17b26a"), Map.entry("NOT_APPLICABLE", "#98a2b3"),
            Map.entry("NO_APPLICABLE_RESOURCES", "#98a2b3"), Map.entry("NO_RESOURCES", "#d0d5dd"),
            Map.entry("NOT_CHECKED", "#d0d5dd"), Map.entry("NOT_COVERED", "#667085"));

    private HtmlPage() {}

    /** Text or an attribute value as itself: &amp;, &lt;, &gt;, quotes escaped. */
    static String esc(Object text) {
        return text == null ? "" : ESCAPER.escape(text.toString());
    }

    static void head(Writer out, String title) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + esc(CONTENT_SECURITY_POLICY) + "\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta name=\"referrer\" content=\"no-referrer\">\n");
        out.write("<title>" + esc(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n");
    }

    static void end(Writer out) throws IOException {
        out.write("<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    /** The filter bar, hidden until the script shows it; each group one set of radio buttons ("all" first). */
    static void filters(Writer out, Collection<String> statuses, Collection<String> severities, Map<String, String> sections)
            throws IOException {
        out.write("<form id=\"filters\" hidden>\n");
        radios(out, "status", "Status", statuses.stream().map(s -> Map.entry(s, label(s))).toList());
        radios(out, "severity", "Severity", severities.stream().map(s -> Map.entry(s, s)).toList());
        radios(out, "section", "Policy section", sections.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getKey() + " " + e.getValue())).toList());
        out.write("<label>Text <input type=\"search\" name=\"q\" placeholder=\"rule, resource, file, message\"></label>\n");
        out.write("<output id=\"shown\"></output>\n</form>\n");
    }

    private static void radios(Writer out, String name, String legend, List<Map.Entry<String, String>> values) throws IOException {
        out.write("<fieldset><legend>" + esc(legend) + "</legend><label><input type=\"radio\" name=\"" + name
                + "\" value=\"\" checked> all</label>");
        for (Map.Entry<String, String> v : values) {
            out.write("<label><input type=\"radio\" name=\"" + name + "\" value=\"" + esc(v.getKey()) + "\"> " + esc(v.getValue()) + "</label>");
        }
        out.write("</fieldset>\n");
    }

    /** "DUE_SOON" as people read it: "due soon". */
    static String label(String status) {
        return status.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }

    /** One bar of a chart: its label, and the size of each stacked segment by key. */
    record Bar(String label, Map<String, Long> segments) {
        long total() {
            return segments.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * A horizontal stacked bar chart as inline SVG, drawn now: one row per bar with its label, the
     * segments in the order of {@code keys}, and the total written after the bar; a legend on top.
     */
    static void barChart(Writer out, String caption, List<Bar> bars, List<String> keys, Map<String, String> colours)
            throws IOException {
        int labelWidth = 270, barWidth = 300, row = 22, top = 28;
        int height = top + Math.max(1, bars.size()) * row + 4;
        long max = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(1));
        out.write("<figure><figcaption>" + esc(caption) + "</figcaption>\n");
        out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + (labelWidth + barWidth + 70) + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + (labelWidth + barWidth + 70) + " " + height + "\" font-size=\"12\" font-family=\"sans-serif\">");
        out.write("<title>" + esc(caption) + "</title>");
        int x = 0;
        for (String k : keys) {
            out.write("<rect x=\"" + x + "\" y=\"4\" width=\"10\" height=\"10\" fill=\"" + colours.getOrDefault(k, "#98a2b3") + "\"/>");
            out.write("<text x=\"" + (x + 14) + "\" y=\"13\">" + esc(label(k)) + "</text>");
            x += 24 + 7 * label(k).length();
        }
        int y = top;
        for (Bar b : bars) {
            out.write("<text x=\"" + (labelWidth - 6) + "\" y=\"" + (y + 14) + "\" text-anchor=\"end\">" + esc(shorten(b.label(), 42)) + "</text>");
            double at = labelWidth;
            for (String k : keys) {
                long v = b.segments().getOrDefault(k, 0L);
                if (v == 0) continue;
                double w = Math.max(1, (double) v * barWidth / max);
                out.write("<rect x=\"" + fmt(at) + "\" y=\"" + (y + 3) + "\" width=\"" + fmt(w) + "\" height=\"15\" fill=\""
                        + colours.getOrDefault(k, "#98a2b3") + "\"><title>" + esc(b.label() + ": " + v + " " + label(k)) + "</title></rect>");
                at += w;
            }
            out.write("<text x=\"" + fmt(at + 5) + "\" y=\"" + (y + 14) + "\">" + b.total() + "</text>");
            y += row;
        }
        if (bars.isEmpty()) out.write("<text x=\"0\" y=\"" + (top + 14) + "\">nothing to show</text>");
        out.write("</svg></figure>\n");
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The CSP source expression naming an inline block: 'sha256-…' without the quotes. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
