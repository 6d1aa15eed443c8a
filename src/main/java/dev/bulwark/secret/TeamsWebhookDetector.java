package dev.bulwark.secret;

import java.util.List;
import java.util.function.Consumer;

/**
 * Microsoft Teams incoming webhook URLs (Microsoft Learn, "Create an Incoming Webhook"):
 * {@code https://<tenant>.webhook.office.com/webhookb2/<group GUID>@<tenant GUID>/IncomingWebhook/<32 hex>/<GUID>}
 * and the older {@code https://outlook.office.com/webhook/…} form. The path after {@code webhookb2/}
 * is the secret.
 */
final class TeamsWebhookDetector implements Detector {
    @Override
    public List<String> anchors() {
        return List.of("webhook.office.com/webhookb2/", "outlook.office.com/webhook/");
    }

    @Override
    public void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out) {
        int i = at + anchor.length();
        int from = i;
        i = guid(text, i);
        if (i < 0 || Chars.at(text, i) != '@') return;
        i = guid(text, i + 1);
        if (i < 0 || !Chars.startsWith(text, i, "/IncomingWebhook/")) return;
        i += "/IncomingWebhook/".length();
        if (Chars.run(text, i, 33, Chars::hex) != 32) return;
        i += 32;
        if (Chars.at(text, i) != '/') return;
        i = guid(text, i + 1);
        if (i < 0) return;
        // Newer URLs carry a further /V2… part
        if (Chars.at(text, i) == '/' && Chars.at(text, i + 1) == 'V') i += 1 + Chars.run(text, i + 1, 100, Chars::base64Url);
        int host = at;
        while (host > 0 && at - host < 64 && (Chars.alnum(text.charAt(host - 1)) || text.charAt(host - 1) == '.' || text.charAt(host - 1) == '-')) host--;
        int start = Chars.startsWith(text, host - 8, "https://") ? host - 8 : at;
        out.accept(Candidate.of(SecretFamily.TEAMS_WEBHOOK, start, i, text.subSequence(from, i).toString(), "Microsoft Teams incoming webhook URL"));
    }

    /** End of a GUID ({@code 8-4-4-4-12} hex) at {@code i}, or -1. */
    static int guid(CharSequence text, int i) {
        for (int len : new int[]{8, 4, 4, 4, 12}) {
            if (Chars.run(text, i, len + 1, Chars::hex) != len) return -1;
            i += len;
            if (len != 12) {
                if (Chars.at(text, i) != '-') return -1;
                i++;
            }
        }
        return i;
    }
}
