package io.github.opendisclosure.pipeline;

import java.nio.file.Path;

/**
 * A program that takes a lakehouse's refresh lock, says so, and holds it until it is killed: a refresh
 * that dies while it holds the lock, without the cost of starting Spark.
 */
public final class RefreshLockHolder {

  static final String HOLDING = "holding the refresh lock";

  private RefreshLockHolder() {}

  public static void main(String[] args) throws InterruptedException {
    RefreshLock lock = RefreshLock.tryAcquire(Path.of(args[0])).orElseThrow();
    System.out.println(HOLDING + " " + lock);
    Thread.sleep(Long.MAX_VALUE);
  }
}
