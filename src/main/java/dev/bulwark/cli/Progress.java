package dev.bulwark.cli;

import java.io.PrintStream;

/** A spinner on stderr, shown only at a terminal and only once work has taken longer than a second. */
final class Progress implements AutoCloseable {
    private static final String FRAMES = "|/-\\";
    private final Thread thread;
    private final PrintStream err;
    private volatile boolean done;
    private volatile boolean shown;

    Progress(String label) {
        this.err = System.err;
        this.thread = new Thread(() -> spin(label), "bulwark-progress");
        thread.setDaemon(true);
        if (Terminal.interactive()) thread.start();
    }

    private void spin(String label) {
        try {
            Thread.sleep(1000);
            long start = System.nanoTime();
            for (int i = 0; !done; i++) {
                shown = true;
                err.printf("\r%c %s (%ds)", FRAMES.charAt(i % 4), label, (System.nanoTime() - start) / 1_000_000_000L + 1);
                err.flush();
                Thread.sleep(120);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        done = true;
        thread.interrupt();
        try {
            thread.join(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (shown) {
            err.print("\r\u001b[2K");
            err.flush();
        }
    }
}
