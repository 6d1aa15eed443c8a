package dev.bulwark.bench;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes a git repository of {@code commits} commits for timing {@code bulwark secrets --history}:
 * 100 service directories of 20 realistic Terraform files each ({@link RealisticModules}); every
 * commit edits one to three files (a file regenerated with a new seed, or a line appended), one in
 * fifty is a merge of a two-commit side branch, five feature branches stay unmerged, and one commit
 * in 250 writes a generated (never real) AWS-shaped key pair into a provider block, which a later
 * commit removes. Built with JGit's object inserter straight into the object database (no index,
 * no working tree per commit); at the end HEAD is checked out. Usage: {@code GenerateHistory DIR COMMITS}.
 */
public final class GenerateHistory {
    private static final int DIRS = 100;
    private static final int FILES_PER_DIR = 20;
    private static final Instant START = Instant.parse("2024-01-01T08:00:00Z");
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final Repository repo;
    private final ObjectInserter inserter;
    private final Random random = new Random(42);
    /** Each directory's files by name, and the directory's current tree id. */
    private final List<TreeMap<String, ObjectId>> files = new ArrayList<>();
    private final ObjectId[] dirTrees = new ObjectId[DIRS];
    private int made;
    private int keys;

    private GenerateHistory(Repository repo) {
        this.repo = repo;
        this.inserter = repo.newObjectInserter();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int commits = Integer.parseInt(args[1]);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            GenerateHistory g = new GenerateHistory(git.getRepository());
            g.write(commits);
            git.reset().setMode(ResetCommand.ResetType.HARD).call();
            System.out.println("wrote " + g.made + " commits (" + g.keys + " with a generated key pair) in " + dir);
        }
    }

    private void write(int commits) throws IOException {
        for (int d = 0; d < DIRS; d++) {
            TreeMap<String, ObjectId> dir = new TreeMap<>();
            for (int f = 0; f < FILES_PER_DIR; f++) dir.put("svc" + f + ".tf", blob(RealisticModules.file(d * FILES_PER_DIR + f, 42)));
            files.add(dir);
            dirTrees[d] = dirTree(d);
        }
        ObjectId main = commit(List.of(), "Initial import");
        int unmerged = 5;
        int nextMerge = 49;
        int nextFeature = 500;
        while (made < commits) {
            int left = commits - made;
            if (made >= nextMerge && left >= 3) {
                nextMerge += 50;
                ObjectId side = main;
                for (int i = 0; i < 2; i++) side = commit(List.of(side), change());
                main = commit(List.of(main, side), "Merge branch 'topic-" + made + "'");
            } else if (unmerged > 0 && made >= nextFeature && left >= 3) {
                nextFeature += 1000;
                ObjectId feature = main;
                for (int i = 0; i < 2; i++) feature = commit(List.of(feature), change());
                setRef(Constants.R_HEADS + "feature-" + unmerged--, feature);
            } else {
                main = commit(List.of(main), change());
            }
        }
        setRef(Constants.R_HEADS + "main", main);
        inserter.flush();
    }

    /** Edits one to three files; one commit in 250 writes a key pair into a file, and the next one removes it. */
    private String change() throws IOException {
        int d = random.nextInt(DIRS);
        if (made % 250 == 100) {
            keys++;
            String content = RealisticModules.file(d, made) + keyPair();
            files.get(d).put("provider_keys.tf", blob(content));
            dirTrees[d] = dirTree(d);
            return "Add provider credentials for service " + d;
        }
        if (made % 250 == 101) {
            for (int i = 0; i < DIRS; i++) {
                if (files.get(i).remove("provider_keys.tf") != null) dirTrees[i] = dirTree(i);
            }
            return "Remove provider credentials";
        }
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            int dir = i == 0 ? d : random.nextInt(DIRS);
            String name = "svc" + random.nextInt(FILES_PER_DIR) + ".tf";
            String content = random.nextBoolean()
                    ? RealisticModules.file(dir * FILES_PER_DIR + random.nextInt(FILES_PER_DIR), made)
                    : RealisticModules.file(dir * FILES_PER_DIR, 42) + "\n# revision " + made + "\n";
            files.get(dir).put(name, blob(content));
            dirTrees[dir] = dirTree(dir);
        }
        return "Update service " + d + " (" + n + " files)";
    }

    /** A generated key pair in the shape AWS uses, never a real one: the id from base32 letters, the secret from base64. */
    private String keyPair() {
        StringBuilder id = new StringBuilder("AKIA");
        for (int i = 0; i < 16; i++) id.append(BASE32.charAt(random.nextInt(BASE32.length())));
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 40; i++) secret.append(BASE64.charAt(random.nextInt(BASE64.length())));
        return "\nprovider \"aws\" {\n  region     = \"eu-west-1\"\n  access_key = \"" + id + "\"\n  secret_key = \"" + secret + "\"\n}\n";
    }

    private ObjectId commit(List<ObjectId> parents, String message) throws IOException {
        TreeFormatter root = new TreeFormatter();
        root.append("README.md", FileMode.REGULAR_FILE, blob("# Platform\n"));
        for (int d = 0; d < DIRS; d++) root.append(String.format("svc%03d", d), FileMode.TREE, dirTrees[d]);
        CommitBuilder c = new CommitBuilder();
        c.setTreeId(inserter.insert(root));
        c.setParentIds(parents);
        Instant when = START.plusSeconds(3600L * made);
        PersonIdent who = new PersonIdent("Dev " + (made % 7), "dev" + (made % 7) + "@example.com", when, ZoneOffset.UTC);
        c.setAuthor(who);
        c.setCommitter(who);
        c.setMessage(message + "\n");
        made++;
        return inserter.insert(c);
    }

    private ObjectId dirTree(int d) throws IOException {
        TreeFormatter t = new TreeFormatter();
        for (var e : files.get(d).entrySet()) t.append(e.getKey(), FileMode.REGULAR_FILE, e.getValue());
        return inserter.insert(t);
    }

    private ObjectId blob(String content) throws IOException {
        return inserter.insert(Constants.OBJ_BLOB, content.getBytes(StandardCharsets.UTF_8));
    }

    private void setRef(String name, ObjectId id) throws IOException {
        inserter.flush();
        RefUpdate u = repo.updateRef(name);
        u.setNewObjectId(id);
        u.setForceUpdate(true);
        RefUpdate.Result r = u.update();
        if (r != RefUpdate.Result.NEW && r != RefUpdate.Result.FORCED && r != RefUpdate.Result.NO_CHANGE) {
            throw new IOException("cannot set " + name + ": " + r);
        }
    }
}
