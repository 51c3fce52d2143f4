package io.github.opendisclosure.corpus;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A statistics table of a generated report: the grid it prints and the metrics it states. */
interface CorpusTable {

  /** Rows of cells, merged cells present in their first row only. */
  List<List<TableCell>> grid();

  /** Every metric the printed table states, under the labelled set's rules (sums only when complete). */
  Map<String, BigDecimal> metrics();

  /** Whether the table stops before its last row, the way a truncated download ends it. */
  default boolean cut() {
    return false;
  }
}
