package io.github.opendisclosure.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The lock that keeps two refreshes of one lakehouse apart: an operating-system lock on
 * {@code <lakehouse>/_refresh.lock}. The system releases it when the holding JVM ends, however it
 * ends (kill -9 included), so a dead run never leaves the lakehouse locked. The file also says who
 * holds it, for the message the second refresh prints; its content is not the lock.
 */
public final class RefreshLock implements AutoCloseable {

  public static final String FILE_NAME = "_refresh.lock";
  private static final Duration POLL = Duration.ofSeconds(1);

  private final FileChannel channel;
  private final FileLock lock;

  private RefreshLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock, or empty when another refresh holds it. */
  public static Optional<RefreshLock> tryAcquire(Path lakehouseRoot) {
    try {
      Files.createDirectories(lakehouseRoot);
      FileChannel channel = FileChannel.open(lakehouseRoot.resolve(FILE_NAME), StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException heldInThisJvm) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(holderLine().getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return Optional.of(new RefreshLock(channel, lock));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the refresh lock under " + lakehouseRoot, e);
    }
  }

  /** The lock, waiting at most {@code timeout} for the holder to finish; empty when it did not. */
  public static Optional<RefreshLock> acquire(Path lakehouseRoot, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<RefreshLock> lock = tryAcquire(lakehouseRoot);
      if (lock.isPresent() || System.nanoTime() >= deadline) {
        return lock;
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /** Who holds the lock, as its holder wrote it: {@code since 2026-12-01T20:00:00Z (pid 1234)}. */
  public static String holder(Path lakehouseRoot) {
    try {
      String line = Files.readString(lakehouseRoot.resolve(FILE_NAME), StandardCharsets.UTF_8).strip();
      return line.isEmpty() ? "(holder unknown)" : line;
    } catch (IOException e) {
      return "(holder unknown)";
    }
  }

  private static String holderLine() {
    return "since " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " (pid " + ProcessHandle.current().pid() + ")\n";
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release the refresh lock", e);
    }
  }
}
