package dev.bulwark.engine;

import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.model.Value;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The index answers what a look at every resource of the root module would, and in time that grows with the answer. */
class ModelIndexTest {
    private static final List<String> TYPES = List.of("aws_s3_bucket", "aws_kms_key", "aws_s3_bucket_logging");
    private static final List<String> KEYS = List.of("0", "1", "\"a\"", "\"logs.example.com\"", "\"x[1]\"", "\"q\\\"].b\"");

    private static Resource resource(String root, String address, String type, Map<String, Set<String>> references) {
        String name = address.substring(address.lastIndexOf(type) + type.length() + 1).replaceAll("\\[.*$", "");
        return Resource.terraform(address, type, name, Resource.Mode.MANAGED, "", root, SourceLocation.ofFile("main.tf"),
                new Value.Obj(Map.of()), Map.of(), references);
    }

    /** Random roots of resources with and without instance keys (some quoted with dots and brackets), in and under modules, referring to each other. */
    private static List<Resource> randomModel(long seed) {
        Random r = new Random(seed);
        List<String> addresses = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String type = TYPES.get(r.nextInt(TYPES.size()));
            String module = r.nextInt(3) == 0 ? "module.m[" + KEYS.get(r.nextInt(KEYS.size())) + "]." : "";
            String base = module + type + ".r" + i;
            bases.add(base);
            if (r.nextBoolean()) {
                addresses.add(base);
                types.add(type);
            } else {
                for (String key : KEYS) {
                    if (r.nextBoolean()) {
                        addresses.add(base + "[" + key + "]");
                        types.add(type);
                    }
                }
            }
        }
        List<Resource> out = new ArrayList<>();
        for (String root : List.of("one", "two")) {
            for (int i = 0; i < addresses.size(); i++) {
                Map<String, Set<String>> refs = new LinkedHashMap<>();
                int n = r.nextInt(4);
                for (int k = 0; k < n; k++) {
                    String base = bases.get(r.nextInt(bases.size()));
                    String target = r.nextBoolean() ? base : base + "[" + KEYS.get(r.nextInt(KEYS.size())) + "]";
                    refs.computeIfAbsent(r.nextBoolean() ? "bucket" : "kms_key_id", x -> new LinkedHashSet<>()).add(target);
                }
                out.add(resource(root, addresses.get(i), types.get(i), refs));
            }
        }
        return out;
    }

    private static List<Resource> referrersByScan(List<Resource> model, Resource resource, String type) {
        return model.stream().filter(c -> c.scope().equals(resource.scope()) && c.type().equals(type) && c != resource
                && c.refersTo(resource.address())).toList();
    }

    private static List<Resource> referencedByScan(List<Resource> model, Resource resource, String type) {
        return model.stream().filter(c -> c.scope().equals(resource.scope()) && c.type().equals(type) && c != resource
                && resource.refersTo(c.address())).toList();
    }

    @Property(tries = 300)
    void answersAsAScanOfEveryResourceWould(@ForAll long seed) {
        List<Resource> model = randomModel(seed);
        ModelIndex index = new ModelIndex(new InfrastructureModel(model, List.of(), 1, 0), Map.of());
        for (Resource r : model) {
            for (String type : TYPES) {
                assertThat(index.referrers(r, type)).as("referrers of %s", r.address()).containsExactlyElementsOf(referrersByScan(model, r, type));
                assertThat(index.referenced(r, type)).as("referenced by %s", r.address()).containsExactlyElementsOf(referencedByScan(model, r, type));
                assertThat(index.referrersThrough(r, type, "bucket")).as("referrers through bucket of %s", r.address())
                        .containsExactlyElementsOf(referrersByScan(model, r, type).stream()
                                .filter(c -> c.references().getOrDefault("bucket", Set.of()).stream()
                                        .anyMatch(t -> Resource.sameOrInstance(t, r.address()))).toList());
            }
        }
    }

    @Test
    void aWholeResourceReferenceReachesInstancesWhoseKeysHoldDots() {
        Resource bucket = resource(".", "aws_s3_bucket.site[\"logs.example.com\"]", "aws_s3_bucket", Map.of());
        Resource logging = resource(".", "aws_s3_bucket_logging.all", "aws_s3_bucket_logging", Map.of("bucket", Set.of("aws_s3_bucket.site")));
        ModelIndex index = new ModelIndex(new InfrastructureModel(List.of(bucket, logging), List.of(), 1, 0), Map.of());
        assertThat(index.referrers(bucket, "aws_s3_bucket_logging")).containsExactly(logging);
        assertThat(index.referenced(logging, "aws_s3_bucket")).containsExactly(bucket);
    }

    @Test
    void baseDropsOnlyTheLastInstanceKey() {
        assertThat(ModelIndex.base("aws_s3_bucket.x")).isNull();
        assertThat(ModelIndex.base("aws_s3_bucket.x[0]")).isEqualTo("aws_s3_bucket.x");
        assertThat(ModelIndex.base("aws_s3_bucket.x[\"a.b[1]\"]")).isEqualTo("aws_s3_bucket.x");
        assertThat(ModelIndex.base("module.m[\"a.b\"].aws_s3_bucket.x")).isNull();
        assertThat(ModelIndex.base("module.m[0].aws_s3_bucket.x[\"k\"]")).isEqualTo("module.m[0].aws_s3_bucket.x");
    }

    /**
     * Regression test for a scan whose time grew with the square of one module's size: 40,000 buckets
     * of one root module, each with its own key and logging, answered in well under the time a look at
     * every resource for each of them takes (minutes).
     */
    @Test
    void lookupsInOneLargeModuleGrowWithTheAnswerNotWithTheModule() {
        int n = 40_000;
        List<Resource> model = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            model.add(resource(".", "aws_kms_key.k[" + i + "]", "aws_kms_key", Map.of()));
            model.add(resource(".", "aws_s3_bucket.b[" + i + "]", "aws_s3_bucket", Map.of("kms_key_id", Set.of("aws_kms_key.k[" + i + "]"))));
            model.add(resource(".", "aws_s3_bucket_logging.l[" + i + "]", "aws_s3_bucket_logging", Map.of("bucket", Set.of("aws_s3_bucket.b[" + i + "]"))));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ModelIndex index = new ModelIndex(new InfrastructureModel(model, List.of(), 1, 0), Map.of());
            for (int i = 0; i < n; i++) {
                Resource bucket = model.get(3 * i + 1);
                assertThat(index.referenced(bucket, "aws_kms_key")).containsExactly(model.get(3 * i));
                assertThat(index.referrers(bucket, "aws_s3_bucket_logging")).containsExactly(model.get(3 * i + 2));
            }
        });
    }
}
