package io.github.opendisclosure.indicators;

import io.github.opendisclosure.extract.ReportMetric;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;

/**
 * How an indicator is computed: for one agency-year from its report's metrics, and for a group of
 * agency-years from theirs. Each kind states its group rule once, so every indicator of that kind
 * follows it.
 */
public sealed interface IndicatorFormula permits Total, Ratio, Share {

  /** The indicator for one agency-year, over the reports table's columns; null when an input is not stated. */
  Column agencyValue();

  DataType agencyValueType();

  /** The agency-year formula in Spark SQL over the reports table's columns, as {@code conf/indicators.conf} gives it. */
  String formula();

  /** The metrics the formula reads. */
  List<ReportMetric> inputs();

  /** The group rule's name in {@code conf/indicators.conf}: {@code sum}, {@code ratio_of_sums} or {@code share_of_agencies}. */
  String aggregation();

  /** The columns of a group table for this indicator, each an aggregate over the group's agency-years. */
  List<GroupColumn> groupColumns(String indicatorName);

  /** The group column whose year-on-year change the group tables show. */
  String groupHeadline(String indicatorName);
}
