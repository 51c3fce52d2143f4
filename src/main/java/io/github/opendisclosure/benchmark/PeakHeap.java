package io.github.opendisclosure.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap of this JVM over a stage: the sum of the heap pools' peak usage since the last
 * {@link #reset()}. The pools peak at different moments, so this is an upper bound of the true peak.
 */
final class PeakHeap {

  private PeakHeap() {}

  static void reset() {
    System.gc(); // so that the last stage's garbage does not count as this one's
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  static long bytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
