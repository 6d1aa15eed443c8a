package dev.bulwark.engine;

import dev.bulwark.source.SourceOptions;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The sources of a scan read on a thread of their own while the caller does something else (loads
 * the rules). Only for a load that changes nothing on disk (no module downloads), so that dropping
 * it, when the caller fails first, leaves no trace.
 */
final class BackgroundLoad {
    private final FutureTask<Sources.Loaded> task;
    private volatile long loadNanos;

    private BackgroundLoad(List<Path> paths, SourceOptions options) {
        this.task = new FutureTask<>(() -> {
            long t0 = System.nanoTime();
            Sources.Loaded loaded = Sources.loadWithFiles(paths, options);
            loadNanos = System.nanoTime() - t0;
            return loaded;
        });
        Thread t = new Thread(task, "bulwark-load");
        t.setDaemon(true);
        t.start();
    }

    static BackgroundLoad start(List<Path> paths, SourceOptions options) {
        return new BackgroundLoad(paths, options);
    }

    /** How long the load took, without any wait for the caller, for the scan's timing; known once {@link #model()} returned. */
    long loadNanos() {
        return loadNanos;
    }

    /** The model and the discovered files, once loaded; a failure of the load is thrown here as it was thrown there. */
    Sources.Loaded loaded() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
