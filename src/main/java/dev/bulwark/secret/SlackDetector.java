package dev.bulwark.secret;

import java.util.List;
import java.util.function.Consumer;

/**
 * Slack tokens and incoming webhooks (Slack's "Token types" and "Sending messages using incoming
 * webhooks" pages). A token is {@code xox} and a type letter ({@code b} bot, {@code p} user,
 * {@code a}/{@code r} app and refresh, {@code e} rotating, {@code s} session, {@code o} legacy), a
 * dash and at least three dash-separated alphanumeric parts, 30 characters or more after the prefix,
 * with digits in its first part (team or user id) — which {@code xoxb-your-token} has not. A webhook
 * is {@code https://hooks.slack.com/services/} followed by a team id ({@code T…}), a channel or app id
 * ({@code B…}) and a 24-character secret.
 */
final class SlackDetector implements Detector {
    private static final String WEBHOOK = "hooks.slack.com/services/";

    @Override
    public List<String> anchors() {
        return List.of("xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxe-", "xoxs-", "xoxo-", "xoxe.xoxp-", WEBHOOK);
    }

    @Override
    public void verify(CharSequence text, String anchor, int at, Consumer<Candidate> out) {
        if (anchor.equals(WEBHOOK)) {
            webhook(text, at, out);
            return;
        }
        if (Chars.alnum(Chars.at(text, at - 1)) || Chars.at(text, at - 1) == '.') return;
        int from = at + anchor.length();
        int n = Chars.run(text, from, 300, c -> Chars.alnum(c) || c == '-');
        while (n > 0 && text.charAt(from + n - 1) == '-') n--;
        if (n < 30 || n >= 300) return;
        String body = text.subSequence(from, from + n).toString();
        String[] parts = body.split("-");
        if (parts.length < 3 || !parts[0].chars().anyMatch(Character::isDigit)) return;
        for (String p : parts) if (p.isEmpty()) return;
        if (Placeholders.filler(parts[parts.length - 1])) return;
        out.accept(Candidate.of(SecretFamily.SLACK_TOKEN, at, from + n, text.subSequence(at, from + n).toString(),
                "Slack token (" + anchor.substring(anchor.length() - 5, anchor.length() - 1) + ")"));
    }

    private static void webhook(CharSequence text, int at, Consumer<Candidate> out) {
        int i = at + WEBHOOK.length();
        int team = id(text, i, 'T');
        if (team < 0 || Chars.at(text, team) != '/') return;
        int channel = id(text, team + 1, 'B');
        if (channel < 0 || Chars.at(text, channel) != '/') return;
        int secret = Chars.run(text, channel + 1, 25, Chars::alnum);
        if (secret != 24 || Chars.alnum(Chars.at(text, channel + 1 + secret))) return;
        int end = channel + 1 + secret;
        if (Placeholders.filler(text.subSequence(channel + 1, end))) return;
        int start = Chars.startsWith(text, at - 8, "https://") ? at - 8 : at;
        out.accept(Candidate.of(SecretFamily.SLACK_WEBHOOK, start, end, text.subSequence(i, end).toString(), "Slack incoming webhook URL"));
    }

    /** End of an id like {@code T0123ABCD} (the letter and 8 or more upper-case letters or digits) at {@code i}, or -1. */
    private static int id(CharSequence text, int i, char letter) {
        if (Chars.at(text, i) != letter) return -1;
        int n = Chars.run(text, i + 1, 20, c -> Chars.upper(c) || Chars.digit(c));
        return n >= 8 && n < 20 ? i + 1 + n : -1;
    }
}
