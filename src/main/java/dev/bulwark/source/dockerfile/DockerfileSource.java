package dev.bulwark.source.dockerfile;

import dev.bulwark.model.Diagnostic;
import dev.bulwark.model.InfrastructureModel;
import dev.bulwark.model.Resource;
import dev.bulwark.model.SourceLocation;
import dev.bulwark.source.Source;
import dev.bulwark.source.SourceRequest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Dockerfiles and Containerfiles: {@code Dockerfile}, {@code Dockerfile.*}, {@code *.Dockerfile},
 * {@code Containerfile}, {@code Containerfile.*}. Each build stage becomes a {@code dockerfile_stage}
 * resource. A file with an unknown instruction or another mistake is reported at its line and the
 * rest of it is still read and checked.
 */
public final class DockerfileSource implements Source {
    public static final String FORMAT = "dockerfile";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean claims(Path file) {
        Path name = file.getFileName();
        return name != null && isDockerfileName(name.toString());
    }

    /** True for the names Docker, Podman and Buildah look for or that teams use for variants. */
    static boolean isDockerfileName(String name) {
        if (name.equals("Dockerfile") || name.equals("Containerfile")) return true;
        if (name.startsWith("Dockerfile.") || name.startsWith("Containerfile.")) return !name.endsWith(".dockerignore");
        return name.endsWith(".Dockerfile") && name.length() > ".Dockerfile".length();
    }

    @Override
    public InfrastructureModel load(SourceRequest request) {
        // Files are parsed on every core and merged in the order of the files, so the result does not depend on the threads.
        List<FileResult> results = request.files().parallelStream().map(file -> read(file, request.display().apply(file))).toList();
        List<Resource> resources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int read = 0;
        int failed = 0;
        for (FileResult r : results) {
            resources.addAll(r.resources());
            diagnostics.addAll(r.diagnostics());
            if (r.failed()) failed++;
            else read++;
        }
        return new InfrastructureModel(resources, diagnostics, read, failed);
    }

    /** What one file gave: its stages, its problems, and whether it could not be read at all. */
    private record FileResult(List<Resource> resources, List<Diagnostic> diagnostics, boolean failed) {}

    private static FileResult read(Path file, String shown) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return new FileResult(List.of(), List.of(Diagnostic.error(SourceLocation.ofFile(shown), "cannot read: not UTF-8 text")), true);
        } catch (IOException e) {
            return new FileResult(List.of(), List.of(Diagnostic.error(SourceLocation.ofFile(shown), "cannot read: " + e.getMessage())), true);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        ParsedDockerfile parsed = DockerfileParser.parse(text);
        StageReader.Result stages = StageReader.read(shown, parsed);
        for (ParsedDockerfile.Problem p : parsed.problems()) diagnostics.add(Diagnostic.error(SourceLocation.at(shown, p.line(), p.column()), p.message()));
        for (ParsedDockerfile.Problem p : stages.problems()) diagnostics.add(Diagnostic.error(SourceLocation.at(shown, p.line(), p.column()), p.message()));
        if (stages.resources().isEmpty() && !parsed.instructions().isEmpty()) {
            diagnostics.add(Diagnostic.error(SourceLocation.ofFile(shown), "no FROM instruction: the file builds no image"));
        }
        return new FileResult(stages.resources(), diagnostics, false);
    }
}
