package dev.bulwark.evidence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets one process at a time use the embedded database. H2 opens its file exclusively, so a second
 * process would fail at once; with this lock it waits its turn instead. Inside one JVM a semaphore
 * per file comes first, because the operating system's lock belongs to the whole process (and
 * closing any channel on the file would drop it).
 */
final class ProcessLock implements AutoCloseable {
    private static final Map<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 25;

    private final Semaphore jvmTurn;
    private final FileChannel channel;
    private final FileLock lock;

    private ProcessLock(Semaphore jvmTurn, FileChannel channel, FileLock lock) {
        this.jvmTurn = jvmTurn;
        this.channel = channel;
        this.lock = lock;
    }

    static ProcessLock acquire(Path lockFile, Duration wait) throws LedgerStorageException {
        return acquire(lockFile, wait, true);
    }

    /**
     * For a reader: waits for a shared lock (readers may read together, never beside a writer),
     * only if the lock file exists, and never creates or writes it, so reading needs no write
     * permission. Without the file no writer has opened the ledger directory, so there is nobody to
     * wait for; returns null.
     */
    static ProcessLock acquireExisting(Path lockFile, Duration wait) throws LedgerStorageException {
        if (!Files.exists(lockFile)) return null;
        return acquire(lockFile, wait, false);
    }

    private static ProcessLock acquire(Path lockFile, Duration wait, boolean create) throws LedgerStorageException {
        long deadline = System.nanoTime() + wait.toNanos();
        Semaphore turn = IN_THIS_JVM.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new Semaphore(1));
        try {
            if (!turn.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) throw busy(lockFile, wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerStorageException("interrupted while waiting for the evidence ledger lock " + lockFile, e);
        }
        FileChannel channel = null;
        try {
            channel = create ? FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)
                    : FileChannel.open(lockFile, StandardOpenOption.READ);
            while (true) {
                FileLock lock = tryLock(channel, !create);
                if (lock != null) return new ProcessLock(turn, channel, lock);
                if (System.nanoTime() > deadline) throw busy(lockFile, wait);
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            turn.release();
            throw new LedgerStorageException("cannot lock " + lockFile + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            closeQuietly(channel);
            turn.release();
            Thread.currentThread().interrupt();
            throw new LedgerStorageException("interrupted while waiting for the evidence ledger lock " + lockFile, e);
        } catch (LedgerStorageException e) {
            closeQuietly(channel);
            turn.release();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel, boolean shared) throws IOException {
        try {
            return channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null; // cannot happen while the semaphore is held, but waiting is the safe answer
        }
    }

    private static LedgerStorageException busy(Path lockFile, Duration wait) {
        return new LedgerStorageException("the evidence ledger is in use by another process (waited " + wait.toSeconds()
                + " s for " + lockFile + ")");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing releases the lock; nothing else to do
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it too
        }
        closeQuietly(channel);
        jvmTurn.release();
    }
}
