package dev.bulwark.source.terraform.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Finds the directory of a remote module: a verified copy in the cache when one matches, else,
 * when downloads are on, the package fetched from the registry, git or HTTP and cached. Each
 * source and version is looked up once per scan, even when several root modules call it in
 * parallel. Without downloads nothing is written and the cache is only read.
 */
public final class ModuleFetcher {
    /** Where the cache lives, relative to the scanned directory. */
    public static final String CACHE_DIR = ".bulwark/modules";
    /** How a user turns downloads on, for messages. */
    public static final String HOW_TO_DOWNLOAD = "--download-modules (or modules: download in .bulwark.yaml)";
    private static final int MAX_INDIRECTIONS = 3;

    /** What became of one module call's source. */
    public sealed interface Outcome {
        /** The module's directory; {@code notes} are things worth a warning (a cached copy replaced). */
        record Loaded(Path dir, String version, List<String> notes) implements Outcome {}

        /** Not available without a download (or not downloadable at all): why, and what to do. */
        record NotLoaded(String reason) implements Outcome {}

        /** A download was tried and failed. */
        record Failed(String message) implements Outcome {}
    }

    private final ModuleCache cache;
    private final boolean download;
    private final RegistryClient registry;
    private final HttpGet http;
    private final GitFetcher git;
    private final ArchiveExtractor archives;
    private final Limits limits;
    private final Map<String, FutureTask<Outcome>> lookups = new ConcurrentHashMap<>();

    public ModuleFetcher(Path cacheRoot, boolean download, boolean loopbackHttp) {
        this(cacheRoot, download, loopbackHttp, Limits.DEFAULT);
    }

    public ModuleFetcher(Path cacheRoot, boolean download, boolean loopbackHttp, Limits limits) {
        Transport transport = new Transport(loopbackHttp);
        this.cache = new ModuleCache(cacheRoot);
        this.download = download;
        this.limits = limits;
        this.http = new HttpGet(transport, limits.timeout());
        this.registry = new RegistryClient(http, transport);
        this.git = new GitFetcher(transport, limits);
        this.archives = new ArchiveExtractor(limits);
    }

    /** The module at {@code source}, with the {@code version} constraint (null when the call has none). */
    public Outcome find(String source, String version) {
        String key = source + "\n" + (version == null ? "" : version);
        FutureTask<Outcome> task = new FutureTask<>(() -> lookup(source, version));
        FutureTask<Outcome> existing = lookups.putIfAbsent(key, task);
        if (existing == null) {
            task.run();
            existing = task;
        }
        try {
            return existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Failed("interrupted");
        } catch (ExecutionException e) {
            return new Outcome.Failed(HttpGet.describe((Exception) e.getCause()));
        }
    }

    private Outcome lookup(String source, String version) {
        SourceAddress address;
        try {
            address = SourceAddress.parse(source);
        } catch (SourceAddress.UnsupportedSource e) {
            return download ? new Outcome.Failed(e.getMessage()) : new Outcome.NotLoaded(e.getMessage() + "; run terraform init to fetch it");
        }
        try {
            if (address instanceof SourceAddress.Registry r) return registryModule(r, constraint(version));
            if (version != null) throw new FetchException("version applies only to registry sources; pin a git source with ?ref= instead");
            String pinned = address instanceof SourceAddress.Git g && g.ref() != null ? g.ref() : "";
            return packageModule(address, pinned);
        } catch (FetchException e) {
            return new Outcome.Failed(e.getMessage());
        } catch (IOException e) {
            return new Outcome.Failed("cannot write the module cache " + cache.root() + ": " + HttpGet.describe(e));
        }
    }

    private static VersionConstraint constraint(String version) throws FetchException {
        if (version == null) return VersionConstraint.ANY;
        try {
            return VersionConstraint.parse(version);
        } catch (VersionConstraint.InvalidConstraint e) {
            throw new FetchException("version \"" + version + "\": " + e.getMessage());
        }
    }

    private Outcome registryModule(SourceAddress.Registry r, VersionConstraint constraint) throws FetchException, IOException {
        List<String> notes = new ArrayList<>();
        // A verified cached version that matches is used as is, as terraform init keeps what it installed.
        List<ModuleVersion> cached = new ArrayList<>();
        Map<String, ModuleCache.Entry> byVersion = new java.util.HashMap<>();
        for (ModuleCache.Entry e : cache.entries(r.packageKey())) {
            ModuleVersion v = ModuleVersion.parse(e.version());
            if (v == null || !constraint.matches(v)) continue;
            String problem = cache.verify(e);
            if (problem == null) {
                cached.add(v);
                byVersion.put(v.toString(), e);
            } else if (download) {
                cache.discard(e);
                notes.add("the cached copy of " + r.packageKey() + " " + e.version() + " was downloaded again: " + problem);
            } else {
                return new Outcome.NotLoaded("its cached copy in " + e.dir().getFileName() + " is not used: " + problem
                        + "; load it again with " + HOW_TO_DOWNLOAD);
            }
        }
        ModuleVersion best = constraint.newest(cached).orElse(null);
        if (best != null) return loaded(byVersion.get(best.toString()), r.subdir(), best.toString(), notes);
        if (!download) return notFetched(r.packageKey() + (constraint == VersionConstraint.ANY ? "" : " " + constraint));
        List<ModuleVersion> available = registry.versions(r);
        ModuleVersion chosen = constraint.newest(available).orElseThrow(() -> new FetchException("no version of " + r.path()
                + " on " + r.host() + " matches " + constraint + " (available: " + listed(available) + ")"));
        String location = registry.downloadLocation(r, chosen);
        SourceAddress at = locationAddress(location);
        ModuleCache.Entry entry = fetchInto(r.packageKey(), chosen.toString(), at, location, 0);
        return loaded(entry, r.subdir(), chosen.toString(), notes);
    }

    private Outcome packageModule(SourceAddress address, String pinned) throws FetchException, IOException {
        List<String> notes = new ArrayList<>();
        ModuleCache.Entry cached = cache.entry(address.packageKey(), pinned).orElse(null);
        if (cached != null) {
            String problem = cache.verify(cached);
            if (problem == null) return loaded(cached, address.subdir(), pinned, notes);
            if (!download) {
                return new Outcome.NotLoaded("its cached copy in " + cached.dir().getFileName() + " is not used: " + problem
                        + "; load it again with " + HOW_TO_DOWNLOAD);
            }
            cache.discard(cached);
            notes.add("the cached copy of " + address.packageKey() + " was downloaded again: " + problem);
        }
        if (!download) return notFetched(address.packageKey());
        ModuleCache.Entry entry = fetchInto(address.packageKey(), pinned, address, address.packageKey(), 0);
        return loaded(entry, address.subdir(), pinned, notes);
    }

    private static Outcome notFetched(String what) {
        return new Outcome.NotLoaded("not downloaded (" + what + " is not in .terraform/modules nor in " + CACHE_DIR
                + "); load it with " + HOW_TO_DOWNLOAD + " or run terraform init");
    }

    private static SourceAddress locationAddress(String location) throws FetchException {
        try {
            SourceAddress a = SourceAddress.parse(location);
            if (a instanceof SourceAddress.Registry) throw new FetchException("the registry gave another registry address as download location: " + location);
            return a;
        } catch (SourceAddress.UnsupportedSource e) {
            throw new FetchException("the registry's download location " + location + " cannot be fetched: " + e.getMessage());
        }
    }

    /** Downloads {@code from} into a new cache entry recorded under {@code packageKey} and {@code version}. */
    private ModuleCache.Entry fetchInto(String packageKey, String version, SourceAddress from, String location, int depth)
            throws FetchException, IOException {
        Path staging = cache.staging();
        try {
            Path into = staging.resolve(ModuleCache.PACKAGE);
            String commit = null;
            String archiveSha = null;
            if (from instanceof SourceAddress.Git g) {
                commit = git.fetch(g, into);
            } else if (from instanceof SourceAddress.Http h) {
                HttpGet.Response r = http.get(h.url(), limits.maxDownloadBytes(), "module download");
                String type = h.archive() != null ? h.archive() : sniff(r.body());
                String indirect = r.header("X-Terraform-Get").orElse(null);
                if (h.archive() == null && indirect != null) {
                    if (depth >= MAX_INDIRECTIONS) throw new FetchException("too many X-Terraform-Get indirections from " + h.url());
                    String next = RegistryClient.resolveLocation(r.uri(), indirect);
                    cache.abandon(staging);
                    return fetchInto(packageKey, version, locationAddress(next), location, depth + 1);
                }
                if (type == null) {
                    throw new FetchException(h.url() + " is not a module archive (name it .zip or .tar.gz, or add ?archive=zip)");
                }
                archiveSha = ContentDigest.of(r.body());
                archives.extract(r.body(), type, into);
            }
            EscapingLinks.refuse(into);
            return cache.commit(staging, packageKey, version, location, commit, archiveSha);
        } catch (FetchException | IOException | RuntimeException e) {
            cache.abandon(staging);
            throw e;
        }
    }

    /** An archive's type from its first bytes, when the URL did not say. */
    private static String sniff(byte[] body) {
        if (body.length >= 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4) return "zip";
        if (body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) return "tar.gz";
        return null;
    }

    /** The module's directory in a cached package: the location's subdirectory, then the source's. */
    private Outcome loaded(ModuleCache.Entry entry, String subdir, String version, List<String> notes) throws FetchException {
        Path dir = entry.packageDir();
        String locationSubdir = "";
        try {
            if (!entry.location().isEmpty() && !entry.location().equals(entry.packageKey())) {
                locationSubdir = SourceAddress.parse(entry.location()).subdir();
            }
        } catch (SourceAddress.UnsupportedSource e) {
            locationSubdir = "";
        }
        for (String sub : new String[] {locationSubdir, subdir}) {
            if (sub.isEmpty()) continue;
            Path next = dir.resolve(sub).normalize();
            if (!next.startsWith(entry.packageDir()) || !Files.isDirectory(next)) {
                throw new FetchException("the package " + entry.packageKey() + " has no directory \"" + sub + "\"");
            }
            dir = next;
        }
        return new Outcome.Loaded(dir, version, notes);
    }

    private static String listed(List<ModuleVersion> versions) {
        if (versions.isEmpty()) return "none";
        List<ModuleVersion> sorted = new ArrayList<>(versions);
        sorted.sort(java.util.Comparator.reverseOrder());
        List<String> shown = sorted.stream().limit(10).map(ModuleVersion::toString).toList();
        return String.join(", ", shown) + (sorted.size() > 10 ? ", …" : "");
    }
}
