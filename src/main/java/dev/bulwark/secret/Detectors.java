package dev.bulwark.secret;

import java.util.List;

/** The detectors of every shaped family, in the order their matches are listed at one position. */
final class Detectors {
    private Detectors() {
    }

    static List<Detector> all() {
        return List.of(new AwsAccessKeyDetector(), new PrivateKeyDetector(), new GitHubTokenDetector(), new GitLabTokenDetector(),
                new SlackDetector(), new TeamsWebhookDetector(), PrefixedTokenDetector.stripe(), new SendGridKeyDetector(),
                new TwilioDetector(), new MailDetector(), PrefixedTokenDetector.googleApiKey(), PrefixedTokenDetector.googleOAuthClientSecret(),
                new AzureDetector(), new JwtDetector(), new UrlPasswordDetector());
    }
}
