package org.ctcreview.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ctcreview.model.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exclusive write lock of a project: an OS file lock on {@code project.lock}, which the OS releases
 * when the process dies. The file says who holds it, for the message another opener shows.
 * <p>Locks held by this JVM are also kept in a set, so that a second open in the same JVM fails without
 * opening (and closing) a second channel on the file, which on Linux would drop the first lock.
 */
final class ProjectLock implements AutoCloseable {
    static final String FILE_NAME = "project.lock";
    private static final Logger LOG = LoggerFactory.getLogger(ProjectLock.class);
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    static ProjectLock acquire(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        Path key = realPath(dir);
        if (!HELD.add(key)) {
            throw new ProjectLockedException(dir, "this program already has it open, pid " + ProcessHandle.current().pid());
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new ProjectLockedException(dir, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeSelf().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            LOG.debug("locked {}", file);
            return new ProjectLock(key, channel, lock);
        } catch (IOException e) {
            HELD.remove(key);
            closeQuietly(channel);
            throw new BadInputException(file, "cannot create or lock the project lock file (" + e.getMessage() + ")",
                    "make the project folder writable, or open the project read-only", e);
        } catch (RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1024);
        int n = channel.read(buf, 0);
        String text = n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).trim();
        return text.isEmpty() ? "holder unknown" : text;
    }

    private static String describeSelf() {
        return "pid " + ProcessHandle.current().pid() + " on host " + hostName() + " since " + Timestamps.now();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String env = System.getenv("HOSTNAME");
            return env == null ? "unknown" : env;
        }
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing lock file: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            LOG.warn("releasing the project lock: {}", e.getMessage());
        } finally {
            closeQuietly(channel);
            HELD.remove(key);
        }
    }
}
