package io.github.opendisclosure.indicators;

import static io.github.opendisclosure.extract.ReportMetric.CARRIED_TO_NEXT_YEAR;
import static io.github.opendisclosure.extract.ReportMetric.COMPLETED_ON_TIME;
import static io.github.opendisclosure.extract.ReportMetric.COMPLETED_TOTAL;
import static io.github.opendisclosure.extract.ReportMetric.DENIED;
import static io.github.opendisclosure.extract.ReportMetric.GRANTED;
import static io.github.opendisclosure.extract.ReportMetric.LITIGATION_CORRECTED;
import static io.github.opendisclosure.extract.ReportMetric.LITIGATION_TOTAL;
import static io.github.opendisclosure.extract.ReportMetric.NOT_PROCESSED;
import static io.github.opendisclosure.extract.ReportMetric.PARTIALLY_GRANTED;
import static io.github.opendisclosure.extract.ReportMetric.PROACTIVE_ITEMS;
import static io.github.opendisclosure.extract.ReportMetric.RECONSIDERATION_CORRECTED;
import static io.github.opendisclosure.extract.ReportMetric.RECONSIDERATION_TOTAL;
import static io.github.opendisclosure.extract.ReportMetric.REQUESTS_CARRIED_OVER;
import static io.github.opendisclosure.extract.ReportMetric.REQUESTS_RECEIVED;
import static io.github.opendisclosure.extract.ReportMetric.STAFF_FULL_TIME;
import static io.github.opendisclosure.extract.ReportMetric.STAFF_TOTAL;
import static io.github.opendisclosure.extract.ReportMetric.TOTAL_HANDLED;
import static io.github.opendisclosure.extract.ReportMetric.UNABLE_TO_PROVIDE;

import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.lakehouse.ReportColumns;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * A small hand-made reports table, every column of the real one, whose indicators (and assessment) the tests compute
 * by hand. Five agencies over 2021 and 2022:
 *
 * <ul>
 *   <li>A 淮安市洪泽区人民政府 (county government, 江苏省 淮安市 洪泽区): a full 2021-template report both years;
 *   <li>B 淮安市洪泽区民政局 (civil affairs, same county): every count stated as 0 in 2021 (all-zero
 *       requests), requests in 2022; its full-time staff unknown in 2021;
 *   <li>C 淮安市民政局 (civil affairs, city level): a pre-2019-style report in 2021 only, with
 *       on-time completion and few other inputs;
 *   <li>D 阜阳市民政局 (civil affairs, 安徽省): alone in its province, no request either year;
 *   <li>E 城关镇人民政府 (township, region unknown): nearly every input missing.
 * </ul>
 */
public final class HandMadeReports {

  public static final String A = "320813/county_government";
  public static final String B = "320813/civil_affairs";
  public static final String C = "320800/civil_affairs";
  public static final String D = "341200/civil_affairs";
  public static final String E = "name/城关镇人民政府";

  private static final Timestamp INGESTED_AT = Timestamp.valueOf("2025-01-01 00:00:00");

  private HandMadeReports() {}

  static List<Row> rows() {
    return List.of(
        agencyA(2021).with(REQUESTS_RECEIVED, 10).with(REQUESTS_CARRIED_OVER, 2).with(GRANTED, 4)
            .with(PARTIALLY_GRANTED, 2).with(DENIED, 1).with(UNABLE_TO_PROVIDE, 2).with(NOT_PROCESSED, 1)
            .with(TOTAL_HANDLED, 10).with(CARRIED_TO_NEXT_YEAR, 2).with(RECONSIDERATION_TOTAL, 1)
            .with(RECONSIDERATION_CORRECTED, 0).with(LITIGATION_TOTAL, 2).with(LITIGATION_CORRECTED, 1)
            .with(STAFF_TOTAL, 4).with(STAFF_FULL_TIME, 1).with(PROACTIVE_ITEMS, 100).row(),
        agencyA(2022).with(REQUESTS_RECEIVED, 20).with(REQUESTS_CARRIED_OVER, 2).with(GRANTED, 10)
            .with(PARTIALLY_GRANTED, 0).with(DENIED, 2).with(UNABLE_TO_PROVIDE, 4).with(NOT_PROCESSED, 0)
            .with(TOTAL_HANDLED, 18).with(CARRIED_TO_NEXT_YEAR, 4).with(RECONSIDERATION_TOTAL, 2)
            .with(RECONSIDERATION_CORRECTED, 1).with(LITIGATION_TOTAL, 1).with(LITIGATION_CORRECTED, 0)
            .with(STAFF_TOTAL, 5).with(STAFF_FULL_TIME, 2).with(PROACTIVE_ITEMS, 120).row(),
        agencyB(2021).with(REQUESTS_RECEIVED, 0).with(REQUESTS_CARRIED_OVER, 0).with(GRANTED, 0)
            .with(PARTIALLY_GRANTED, 0).with(DENIED, 0).with(UNABLE_TO_PROVIDE, 0).with(NOT_PROCESSED, 0)
            .with(TOTAL_HANDLED, 0).with(CARRIED_TO_NEXT_YEAR, 0).with(RECONSIDERATION_TOTAL, 0)
            .with(RECONSIDERATION_CORRECTED, 0).with(LITIGATION_TOTAL, 0).with(LITIGATION_CORRECTED, 0)
            .with(STAFF_TOTAL, 2).with(PROACTIVE_ITEMS, 50).row(),
        agencyB(2022).with(REQUESTS_RECEIVED, 3).with(REQUESTS_CARRIED_OVER, 0).with(GRANTED, 1)
            .with(PARTIALLY_GRANTED, 1).with(DENIED, 0).with(UNABLE_TO_PROVIDE, 1).with(NOT_PROCESSED, 0)
            .with(TOTAL_HANDLED, 3).with(CARRIED_TO_NEXT_YEAR, 0).with(RECONSIDERATION_TOTAL, 0)
            .with(RECONSIDERATION_CORRECTED, 0).with(LITIGATION_TOTAL, 0).with(LITIGATION_CORRECTED, 0)
            .with(STAFF_TOTAL, 2).with(STAFF_FULL_TIME, 2).with(PROACTIVE_ITEMS, 40).row(),
        agencyC(2021).with(REQUESTS_RECEIVED, 5).with(COMPLETED_TOTAL, 5).with(COMPLETED_ON_TIME, 4)
            .with(RECONSIDERATION_TOTAL, 0).with(RECONSIDERATION_CORRECTED, 0).row(),
        agencyD(2021).with(REQUESTS_RECEIVED, 0).with(PROACTIVE_ITEMS, 30).row(),
        agencyD(2022).with(REQUESTS_RECEIVED, 0).with(PROACTIVE_ITEMS, 35).row(),
        agencyE(2021).with(PROACTIVE_ITEMS, 7).row(),
        agencyE(2022).with(REQUESTS_RECEIVED, 1).with(COMPLETED_TOTAL, 1).with(COMPLETED_ON_TIME, 1).row());
  }

  public static Dataset<Row> frame(SparkSession spark) {
    return spark.createDataFrame(rows(), ReportColumns.SCHEMA);
  }

  static Report agencyA(int year) {
    return new Report(A, year, "淮安市洪泽区人民政府", "county_government", "county", "江苏省", "淮安市", "洪泽区", "2021");
  }

  static Report agencyB(int year) {
    return new Report(B, year, "淮安市洪泽区民政局", "civil_affairs", "county", "江苏省", "淮安市", "洪泽区", "2021");
  }

  static Report agencyC(int year) {
    return new Report(C, year, "淮安市民政局", "civil_affairs", "city", "江苏省", "淮安市", null, "pre2019");
  }

  static Report agencyD(int year) {
    return new Report(D, year, "阜阳市民政局", "civil_affairs", "city", "安徽省", "阜阳市", null, "narrative");
  }

  static Report agencyE(int year) {
    return new Report(E, year, "城关镇人民政府", "township_government", "township", null, null, null, "narrative");
  }

  /** One report row; the columns the indicators do not read get plain valid values. */
  static final class Report {
    private final Map<String, Object> values = new HashMap<>();
    private final Map<ReportMetric, Long> metrics = new EnumMap<>(ReportMetric.class);

    Report(String agencyKey, int year, String agencyName, String agencyType, String level, String province,
        String city, String county, String template) {
      values.put("agency_key", agencyKey);
      values.put("year", year);
      values.put("agency_name", agencyName);
      values.put("agency_type", agencyType);
      values.put("level", level);
      values.put("province", province);
      values.put("city", city);
      values.put("county", county);
      values.put("division_code", agencyKey.startsWith("name/") ? null : agencyKey.substring(0, 6));
      values.put("template", template);
      values.put("issues", List.of());
      values.put("source_file", agencyKey.replace('/', '-') + "-" + year + ".txt");
      values.put("source_path", "/reports/" + values.get("source_file"));
      values.put("source_sha256", Integer.toHexString((agencyKey + year).hashCode()));
      values.put("extractor_version", "test");
      values.put("ingested_at", INGESTED_AT);
    }

    Report with(ReportMetric metric, long value) {
      metrics.put(metric, value);
      return this;
    }

    Row row() {
      values.put("known_metrics", metrics.size());
      metrics.forEach((metric, value) -> values.put(metric.key(), value));
      StructField[] fields = ReportColumns.SCHEMA.fields();
      Object[] cells = new Object[fields.length];
      for (int i = 0; i < fields.length; i++) {
        cells[i] = values.get(fields[i].name());
      }
      return RowFactory.create(cells);
    }
  }
}
