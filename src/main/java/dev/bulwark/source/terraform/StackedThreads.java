package dev.bulwark.source.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A pool of threads whose stacks have a chosen size: evaluation recurses along chains of values, deeper
 * than the default stack of the common pool allows. Stack memory is reserved, and touched only as deep as used.
 */
final class StackedThreads implements AutoCloseable {
    private final ExecutorService pool;

    StackedThreads(String name, int threads, long stackBytes) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread t = new Thread(null, task, name + "-" + count.incrementAndGet(), stackBytes);
            t.setDaemon(true);
            return t;
        });
    }

    /** {@code f} applied to each item on the pool, results in item order; the first failure is rethrown as it was thrown. */
    <T, R> List<R> map(List<T> items, Function<T, R> f) {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) futures.add(pool.submit(() -> f.apply(item)));
        List<R> out = new ArrayList<>(items.size());
        try {
            for (Future<R> future : futures) out.add(future.get());
        } catch (InterruptedException e) {
            futures.forEach(future -> future.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            futures.forEach(future -> future.cancel(true));
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
