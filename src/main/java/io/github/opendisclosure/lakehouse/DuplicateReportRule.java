package io.github.opendisclosure.lakehouse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Which report is kept when several files report on the same agency and year (a page and its PDF
 * copy, a republished correction, a mirror on another site). The others go to the quarantine table
 * with reason {@code duplicate_agency_year}, naming the file that was kept.
 *
 * <ol>
 *   <li>the record that states more metrics (a full report beats an excerpt or a summary);
 *   <li>then the one with fewer issues (a clean table beats one that does not add up);
 *   <li>then the later publication date (a correction beats the first version); unknown dates last;
 *   <li>then the smaller source path, so that the choice never depends on the order files arrive in.
 * </ol>
 */
public final class DuplicateReportRule {

  /** The documented rule in one line, quoted in quarantine messages. */
  public static final String DESCRIPTION =
      "more metrics stated, then fewer issues, then later publication date, then smaller source path";

  private DuplicateReportRule() {}

  /** The report fields the rule orders by, and those a duplicate is quarantined with. */
  private static final String[] RANKED_REPORT_FIELDS = {"agency_key", "year", "known_metrics", "issues",
      "published_date", "source_path", "source_file", "source_sha256", "agency_name"};

  /**
   * Rows of the documents table with only what ranking and quarantining read: the file's identity and
   * quarantine reason, and of its report the fields {@link #rankingColumnsOf} takes.
   */
  public static Dataset<Row> outlineOf(Dataset<Row> documents) {
    Column report = struct(Arrays.stream(RANKED_REPORT_FIELDS).map(field -> col("report." + field).as(field))
        .toArray(Column[]::new));
    return documents.select(col("source_path"), col("file_name"), col("sha256"), col("quarantine_reason"),
        col("quarantine_message"), when(col("report").isNotNull(), report).as("report"));
  }

  /**
   * What the rule reads of each report of {@code documents} (rows of the documents table, or of its
   * {@link #outlineOf outline}), and the names a duplicate is quarantined with: a few columns instead
   * of the whole record, so that ranking never moves every report's evidence and metrics.
   */
  public static Dataset<Row> rankingColumnsOf(Dataset<Row> documents) {
    Column[] columns = Arrays.stream(RANKED_REPORT_FIELDS)
        .map(field -> field.equals("issues") ? size(col("report.issues")).as("issue_count") : col("report." + field).as(field))
        .toArray(Column[]::new);
    return documents.where(col("report").isNotNull()).select(columns);
  }

  /** Rows of {@link #rankingColumnsOf} ranked within their agency and year, best first. */
  public static WindowSpec ranking() {
    return Window.partitionBy("agency_key", "year").orderBy(order());
  }

  private static Column[] order() {
    return new Column[] {
      col("known_metrics").desc(),
      col("issue_count").asc(),
      col("published_date").desc_nulls_last(),
      col("source_path").asc()
    };
  }
}
