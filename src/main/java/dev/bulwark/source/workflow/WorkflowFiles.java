package dev.bulwark.source.workflow;


import java.nio.file.Path;

/** Finds GitHub Actions workflow files: {@code .github/workflows/*.yml|yaml} under each scanned directory. */
final class WorkflowFiles {
    private WorkflowFiles() {}

    static boolean isWorkflowName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    /** A file given on the command line counts when it sits directly in a {@code .github/workflows} folder. */
    static boolean isWorkflowFile(Path file) {
        Path dir = file.getParent();
        Path github = dir == null ? null : dir.getParent();
        return isWorkflowName(file) && github != null && github.getFileName() != null
                && dir.getFileName().toString().equals("workflows") && github.getFileName().toString().equals(".github");
    }
}
