package dev.bulwark.secret;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GitLab, Slack, Teams, Stripe, SendGrid, Twilio, Mailgun, Mailchimp and Google: true examples and near misses. */
class SaasTokenDetectorsTest {
    private final Fakes fakes = new Fakes(4);
    private final SecretScanner scanner = SecretScanner.standard();

    private SecretMatch only(String text, SecretFamily family) {
        List<SecretMatch> found = scanner.scan(text);
        assertThat(found).as(text).singleElement().extracting(SecretMatch::family).isEqualTo(family);
        return found.get(0);
    }

    private void none(String text) {
        assertThat(scanner.scan(text)).as(text).isEmpty();
    }

    @Test
    void gitlab() {
        String pat = "glpat-" + fakes.chars(Fakes.BASE62 + "_-", 20);
        assertThat(only("GITLAB_TOKEN: " + pat + "\n", SecretFamily.GITLAB_TOKEN).secret().unsafeValue()).isEqualTo(pat);
        String routable = "glpat-" + fakes.chars(Fakes.BASE62, 27) + ".01." + fakes.chars(Fakes.BASE62, 9);
        assertThat(only("token=" + routable + " ", SecretFamily.GITLAB_TOKEN).secret().unsafeValue()).isEqualTo(routable);
        only("runner: GR1348941" + fakes.chars(Fakes.BASE62, 20), SecretFamily.GITLAB_TOKEN);
        only("gldt-" + fakes.chars(Fakes.BASE62, 20), SecretFamily.GITLAB_TOKEN);
        none("glpat-" + fakes.chars(Fakes.BASE62, 12));
        none("glpat-xxxxxxxxxxxxxxxxxxxx");
        none("glpat-<your-token-here>");
    }

    @Test
    void slackTokensAndWebhooks() {
        String bot = "xoxb-" + fakes.chars("0123456789", 12) + "-" + fakes.chars("0123456789", 13) + "-" + fakes.chars(Fakes.BASE62, 24);
        assertThat(only("SLACK_BOT_TOKEN=" + bot, SecretFamily.SLACK_TOKEN).secret().unsafeValue()).isEqualTo(bot);
        String user = "xoxp-" + fakes.chars("0123456789", 12) + "-" + fakes.chars("0123456789", 12) + "-" + fakes.chars("0123456789", 13)
                + "-" + fakes.chars(Fakes.HEX, 32);
        only("'" + user + "'", SecretFamily.SLACK_TOKEN);
        none("xoxb-your-bot-token-here");
        none("xoxb-0000000000-0000000000-xxxxxxxxxxxxxxxxxxxxxxxx");
        none("xoxb-123");

        String secret = fakes.chars(Fakes.BASE62, 24);
        String hook = "https://hooks.slack.com/services/T" + fakes.chars("ABCDEFGHJK0123456789", 8) + "/B" + fakes.chars("ABCDEFGHJK0123456789", 10) + "/" + secret;
        String text = "  url: \"" + hook + "\"\n";
        SecretMatch m = only(text, SecretFamily.SLACK_WEBHOOK);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(hook);
        none("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX");
        none("https://hooks.slack.com/services/YOUR/WEBHOOK/URL");
    }

    @Test
    void teamsWebhooks() {
        String hook = "https://contoso.webhook.office.com/webhookb2/" + fakes.guid() + "@" + fakes.guid() + "/IncomingWebhook/"
                + fakes.chars(Fakes.HEX, 32) + "/" + fakes.guid();
        String text = "teams_url = \"" + hook + "\"";
        SecretMatch m = only(text, SecretFamily.TEAMS_WEBHOOK);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(hook);
        none("https://contoso.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<guid>");
        none("https://contoso.webhook.office.com/webhookb2/");
    }

    @Test
    void stripe() {
        String key = "sk_live_" + fakes.chars(Fakes.BASE62, 99);
        only("Stripe.api_key = '" + key + "'", SecretFamily.STRIPE_KEY);
        only("rk_live_" + fakes.chars(Fakes.BASE62, 24), SecretFamily.STRIPE_KEY);
        none("sk_test_" + fakes.chars(Fakes.BASE62, 24));
        none("sk_live_" + fakes.chars(Fakes.BASE62, 10));
        none("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx");
    }

    @Test
    void sendgrid() {
        String key = "SG." + fakes.chars(Fakes.BASE62 + "_-", 22) + "." + fakes.chars(Fakes.BASE62 + "_-", 43);
        assertThat(only("SENDGRID_API_KEY=" + key, SecretFamily.SENDGRID_KEY).redacted()).isEqualTo(key.substring(0, 4) + "…(69 chars)");
        none("SG." + fakes.chars(Fakes.BASE62, 22) + "." + fakes.chars(Fakes.BASE62, 40));
        none("SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        none("SG.your-api-key");
    }

    @Test
    void twilioNeedsTheSidAndItsSecret() {
        String sid = "AC" + fakes.chars(Fakes.HEX, 32);
        String token = fakes.chars(Fakes.HEX, 30) + "a1";
        SecretMatch m = only("TWILIO_ACCOUNT_SID=" + sid + "\nTWILIO_AUTH_TOKEN=" + token + "\n", SecretFamily.TWILIO_CREDENTIAL);
        assertThat(m.secret().unsafeValue()).isEqualTo(token);
        assertThat(m.line()).isEqualTo(1);
        assertThat(m.detail()).isEqualTo("Twilio account SID with its auth token on line 2");
        only("client = Client('SK" + fakes.chars(Fakes.HEX, 32) + "', '" + fakes.chars(Fakes.BASE62, 31) + "1', account_sid)  # api key secret",
                SecretFamily.TWILIO_CREDENTIAL);
        none("TWILIO_ACCOUNT_SID=" + sid + "\n");                                       // an identifier alone
        none("TWILIO_ACCOUNT_SID=" + sid + "\nTWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}\n");
        none("TWILIO_ACCOUNT_SID=" + sid + "\nchecksum=" + fakes.chars(Fakes.HEX, 30) + "a1\n"); // unrelated hex
        none("TWILIO_ACCOUNT_SID=" + sid + "\nTWILIO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n");
    }

    @Test
    void mailgunAndMailchimp() {
        String mg = "key-" + fakes.chars(Fakes.HEX, 32);
        only("# Mailgun\nMAILGUN_API_KEY=" + mg + "\n", SecretFamily.MAILGUN_KEY);
        none("cache-key-" + fakes.chars(Fakes.HEX, 32));
        none("id: key-" + fakes.chars(Fakes.HEX, 32) + "\n");                           // no mention of Mailgun
        String mc = fakes.chars(Fakes.HEX, 32) + "-us" + (1 + fakes.nextInt(20));
        assertThat(only("mailchimp_api_key: " + mc + "\n", SecretFamily.MAILCHIMP_KEY).secret().unsafeValue()).isEqualTo(mc);
        none("Content-Language: en-us");
        none(fakes.chars(Fakes.HEX, 32) + "-us-east-1");
        none("00000000000000000000000000000000-us1");
    }

    @Test
    void googleKeysAndOAuthClientSecrets() {
        String key = "AIza" + fakes.chars(Fakes.BASE62 + "_-", 35);
        only("const firebaseConfig = { apiKey: \"" + key + "\" };", SecretFamily.GOOGLE_API_KEY);
        none("AIza" + fakes.chars(Fakes.BASE62, 30));
        none("AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");
        String secret = "GOCSPX-" + fakes.chars(Fakes.BASE62 + "_-", 28);
        only("\"client_secret\": \"" + secret + "\"", SecretFamily.GOOGLE_OAUTH_CLIENT_SECRET);
        none("GOCSPX-<client-secret>");
    }
}
