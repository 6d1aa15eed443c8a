package dev.bulwark.secret;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's corpus finds exactly its planted secrets: nothing in Terraform, placeholders or random base64 is reported. */
class SecretScanCorpusTest {
    @Test
    void findsEachPlantedSecretAndNothingElse() {
        String text = SecretScanBenchmark.corpus(1 << 20, 11);
        List<SecretMatch> found = SecretScanner.standard().scan(text);
        int planted = text.split("aws_access_key_id = ", -1).length - 1;
        Map<SecretFamily, Long> byFamily = found.stream().collect(Collectors.groupingBy(SecretMatch::family, Collectors.counting()));
        assertThat(planted).isGreaterThan(10);
        assertThat(byFamily).containsOnlyKeys(SecretFamily.AWS_ACCESS_KEY, SecretFamily.GITHUB_TOKEN, SecretFamily.URL_PASSWORD,
                SecretFamily.PRIVATE_KEY, SecretFamily.JWT);
        assertThat(byFamily.values()).allMatch(n -> n == planted);
        assertThat(found).filteredOn(m -> m.family() == SecretFamily.AWS_ACCESS_KEY)
                .allMatch(m -> m.detail().startsWith("AWS access key id with its secret access key on line"));
    }
}
