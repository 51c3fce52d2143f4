package io.github.opendisclosure.extract.accuracy;

/**
 * How often one field (or a group of fields) came out right over a labelled set.
 *
 * <p>A wrong value counts twice, as a false positive (a value was written that is not the expected
 * one) and as a false negative (the expected value was not written), so that precision measures
 * "every value written is right" and recall "every stated value was found".
 *
 * @param expected       how many reports state the field
 * @param truePositives  values extracted equal to the expected ones
 * @param falsePositives values extracted where none or another was expected
 * @param falseNegatives expected values not extracted, or extracted as another value
 */
public record FieldTally(int expected, int truePositives, int falsePositives, int falseNegatives) {

  public static final FieldTally EMPTY = new FieldTally(0, 0, 0, 0);

  /** The tally of one comparison; {@code matches} tells whether two non-null values are equal. */
  public static FieldTally of(Object expectedValue, Object extractedValue, boolean matches) {
    boolean stated = expectedValue != null;
    boolean written = extractedValue != null;
    boolean right = stated && written && matches;
    return new FieldTally(
        stated ? 1 : 0, right ? 1 : 0, written && !right ? 1 : 0, stated && !right ? 1 : 0);
  }

  public FieldTally plus(FieldTally other) {
    return new FieldTally(expected + other.expected, truePositives + other.truePositives,
        falsePositives + other.falsePositives, falseNegatives + other.falseNegatives);
  }

  public boolean isMismatch() {
    return falsePositives > 0 || falseNegatives > 0;
  }

  /** Whether any value was extracted, which is when precision means something. */
  public boolean hasExtractions() {
    return truePositives + falsePositives > 0;
  }

  /** Right values among those extracted; 1 when nothing was extracted, as nothing was wrong. */
  public double precision() {
    return hasExtractions() ? (double) truePositives / (truePositives + falsePositives) : 1.0;
  }

  /** Right values among those expected; 1 when nothing was expected. */
  public double recall() {
    return expected > 0 ? (double) truePositives / expected : 1.0;
  }
}
