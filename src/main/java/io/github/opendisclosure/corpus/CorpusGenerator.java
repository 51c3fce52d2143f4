package io.github.opendisclosure.corpus;

import io.github.opendisclosure.extract.agency.AdministrativeDivisions;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A realistic, deterministic corpus of annual reports with the ground truth of each: offices of
 * every level and many kinds from the bundled division data, each reporting on the years of the
 * range with some years missing, on the template of the year, with the noise real pages carry.
 *
 * <p>Report {@code i} depends only on the seed, the range, the corpus size and {@code i} (its random
 * source is derived from the seed and the index), so reports can be made in any order and on any
 * number of threads and the same seed always gives the same bytes.
 */
public final class CorpusGenerator {

  /** Of an office's years, how many have a report; the rest are missing reports. */
  private static final double PUBLISHED_SHARE = 0.88;
  /** Mixes the index into the seed (the golden-ratio increment SplittableRandom itself uses). */
  private static final long INDEX_MIX = 0x9E3779B97F4A7C15L;

  private final long seed;
  private final int firstYear;
  private final int lastYear;
  private final List<CorpusOffice> offices;
  private final int[] slots;
  private final int missingReports;

  /**
   * @param reportCount how many reports the corpus holds
   * @param firstYear   the first report year (2008 and later: the regulation took effect in 2008)
   */
  public CorpusGenerator(long seed, int firstYear, int lastYear, int reportCount) {
    if (reportCount < 0 || firstYear > lastYear) {
      throw new IllegalArgumentException("a corpus needs a report count >= 0 and a first year <= the last year");
    }
    this.seed = seed;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    int years = lastYear - firstYear + 1;
    // 5% more offices than the published share needs, so that published years alone fill the corpus.
    int officeCount = (int) Math.ceil(reportCount * 1.05 / (years * PUBLISHED_SHARE)) + 1;
    this.offices = new CorpusOffices(AdministrativeDivisions.bundled()).draw(officeCount, new SplittableRandom(seed));
    this.slots = new int[reportCount];
    int filled = 0;
    int missing = 0;
    for (int slot = 0; slot < officeCount * years && filled < reportCount; slot++) {
      if (published(slot)) {
        slots[filled++] = slot;
      } else {
        missing++;
      }
    }
    // Only a tiny corpus can run out of published years: it takes unpublished ones from the start.
    for (int slot = 0; filled < reportCount; slot++) {
      if (!published(slot)) {
        slots[filled++] = slot;
        missing--;
      }
    }
    this.missingReports = missing;
  }

  private boolean published(int slot) {
    return new SplittableRandom(seed ^ (slot * INDEX_MIX) ^ 0x5DEECE66DL).nextDouble() < PUBLISHED_SHARE;
  }

  public int size() {
    return slots.length;
  }

  /** How many office-years of the corpus's offices have no report. */
  public int missingReports() {
    return missingReports;
  }

  public int officeCount() {
    return offices.size();
  }

  /** The year report {@code index} covers, without composing it. */
  public int yearOf(int index) {
    return firstYear + slots[index] % (lastYear - firstYear + 1);
  }

  /** Report {@code index} of the corpus. */
  public GeneratedReport report(int index) {
    return revisedReport(index, 0);
  }

  /**
   * Report {@code index} as its office republished it: the same office, year, template, layout and
   * file name with other figures (revision 0 is the original). Used to measure refreshing a lakehouse after corrections.
   */
  public GeneratedReport revisedReport(int index, int revision) {
    int years = lastYear - firstYear + 1;
    CorpusOffice office = offices.get(slots[index] / years);
    int year = yearOf(index);
    long reportSeed = seed + (index + 1L) * INDEX_MIX;
    return ReportComposer.compose(index, office, year, new SplittableRandom(reportSeed),
        new SplittableRandom(reportSeed + (revision + 1L) * 0xBF58476D1CE4E5B9L));
  }

  /** Every report in index order; parallel when the caller makes the stream parallel. */
  public Stream<GeneratedReport> reports() {
    return IntStream.range(0, size()).mapToObj(this::report);
  }
}
