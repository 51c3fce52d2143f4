package io.github.opendisclosure.corpus;

import java.util.SplittableRandom;

/**
 * Draws an office's figures the way the real ones are spread: most township and county offices
 * receive no or a few requests, a few land, housing and public-security offices thousands; one to
 * five people do the work; outcomes and appeals in the proportions national reports show.
 */
final class FigureDistributions {

  /** Relative weights of the 21 outcome rows: mostly granted or 不掌握, a few of everything else. */
  private static final double[] OUTCOME_WEIGHTS = {
      38, 8, 0.3, 0.8, 0.3, 2.5, 1, 2.5, 0.8, 0.5, 24, 4, 1.5, 3, 1.5, 0.2, 0.3, 0.4, 2.5, 0.2, 1.5};
  /** How much of each outcome comes from natural persons, the rest spread over the organisations. */
  private static final double[] ORGANISATION_WEIGHTS = {5, 1, 0.5, 2, 1.5};

  private FigureDistributions() {}

  static YearFigures draw(CorpusOffice office, SplittableRandom random) {
    long requests = requests(office, random);
    long carried = requests == 0 || random.nextDouble() < 0.6 ? 0 : Math.round(requests * 0.05 * random.nextDouble());
    long workload = requests + carried;
    long nextYear = workload == 0 || random.nextDouble() < 0.5 ? 0 : Math.round(workload * 0.06 * random.nextDouble());
    long[] outcomes = split(workload - nextYear, OUTCOME_WEIGHTS, random);
    long[] received = applicants(requests, random);
    long[] review = new long[12];
    long reconsiderations = poisson(requests * 0.015, random);
    long lawsuits = poisson(requests * 0.008, random);
    System.arraycopy(split(reconsiderations, new double[] {6, 1.2, 1, 1}, random), 0, review, 0, 4);
    long direct = Math.round(lawsuits * random.nextDouble());
    System.arraycopy(split(direct, new double[] {6, 0.8, 1.5, 2}, random), 0, review, 4, 4);
    System.arraycopy(split(lawsuits - direct, new double[] {6, 0.8, 1.5, 2}, random), 0, review, 8, 4);
    long staff = 1 + random.nextInt(5);
    long fullTime = random.nextInt((int) staff + 1);
    double scale = scale(office.level());
    return new YearFigures(received, carried, outcomes, nextYear, review, fullTime, staff - fullTime,
        logNormal(120 * scale, 1.0, random), random.nextInt(4), random.nextInt(5), random.nextInt(4),
        random.nextInt(4) * 15L, random.nextInt(6), office.busy() ? logNormal(800 * scale, 1.2, random) : random.nextInt(40),
        logNormal(20 * scale, 1.5, random), random.nextInt(20));
  }

  /** New requests: a township usually none, a county office a handful, a busy city office hundreds or thousands. */
  static long requests(CorpusOffice office, SplittableRandom random) {
    double noneShare = switch (office.level()) {
      case "township" -> 0.6;
      case "county" -> office.busy() ? 0.05 : 0.3;
      default -> office.busy() ? 0 : 0.1;
    };
    if (random.nextDouble() < noneShare) {
      return 0;
    }
    double median = switch (office.level()) {
      case "township" -> 1.5;
      case "county" -> office.busy() ? 60 : 6;
      case "city" -> office.busy() ? 500 : 30;
      default -> office.busy() ? 900 : 80;
    };
    return Math.max(1, Math.min(30_000, logNormal(median, 1.0, random)));
  }

  private static double scale(String level) {
    return switch (level) {
      case "township" -> 0.4;
      case "county" -> 1;
      case "city" -> 4;
      default -> 10;
    };
  }

  private static long[] applicants(long requests, SplittableRandom random) {
    long natural = Math.round(requests * (0.7 + 0.3 * random.nextDouble()));
    long[] organisations = split(requests - natural, ORGANISATION_WEIGHTS, random);
    long[] columns = new long[6];
    columns[0] = natural;
    System.arraycopy(organisations, 0, columns, 1, 5);
    return columns;
  }

  /**
   * {@code total} spread over the weights with random jitter, by largest remainder, so that the parts
   * add up to it exactly.
   */
  static long[] split(long total, double[] weights, SplittableRandom random) {
    long[] parts = new long[weights.length];
    if (total == 0) {
      return parts;
    }
    double[] jittered = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      jittered[i] = weights[i] * (0.3 + 1.4 * random.nextDouble());
      sum += jittered[i];
    }
    long placed = 0;
    for (int i = 0; i < weights.length; i++) {
      parts[i] = (long) Math.floor(total * jittered[i] / sum);
      placed += parts[i];
    }
    // What flooring left over goes to randomly chosen rows, more likely the heavy ones.
    for (long left = total - placed; left > 0; left--) {
      double pick = random.nextDouble() * sum;
      int i = 0;
      while (i < weights.length - 1 && pick >= jittered[i]) {
        pick -= jittered[i];
        i++;
      }
      parts[i]++;
    }
    return parts;
  }

  static long logNormal(double median, double sigma, SplittableRandom random) {
    return Math.round(median * Math.exp(sigma * gaussian(random)));
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static long poisson(double mean, SplittableRandom random) {
    if (mean > 30) {
      return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
    }
    long count = 0;
    for (double p = Math.exp(-mean), product = random.nextDouble(); product > p; product *= random.nextDouble()) {
      count++;
    }
    return count;
  }
}
