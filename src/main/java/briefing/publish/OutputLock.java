package briefing.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock a bake holds on its output folder from its first step to its last: a second bake into the same
 * folder refuses to start instead of racing the first. It is a lock of the operating system on the file
 * {@code .NAME.lock} beside the folder, released when the process ends however it ends (kill -9 included),
 * so a killed bake never leaves a stale lock behind.
 */
public final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output folder. */
    static Path fileOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".lock");
    }

    /**
     * Takes the lock of an output folder, or says why it cannot.
     *
     * @throws OutputUnavailable when another bake holds it, or the folder beside the output cannot be written
     */
    public static OutputLock take(Path output) throws OutputUnavailable {
        Path file = fileOf(output);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (another bake of the same program, in tests)
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new OutputUnavailable("another bake is publishing into " + output
                        + (holder.isEmpty() ? "" : " (process " + holder + ")"),
                        "wait for it to finish, then bake again; or bake into another folder with --output");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new OutputLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new OutputUnavailable("cannot publish into " + output + ": " + OutputUnavailable.cause(e),
                    "check that the folder " + file.getParent() + " exists, can be written and has free space");
        }
    }

    private static String holder(FileChannel channel) {
        try {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(32);
            int read = channel.read(buffer, 0);
            return read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the channel is dropped either way
            }
        }
    }

    /** Releases the lock; the lock file stays (deleting it would let a third bake lock another file). */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // released with the channel below anyway
        }
        closeQuietly(channel);
    }
}
