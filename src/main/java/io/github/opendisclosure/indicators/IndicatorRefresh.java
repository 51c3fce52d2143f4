package io.github.opendisclosure.indicators;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.lakehouse.ConcurrentWriteRetry;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.LakehouseTable;
import io.github.opendisclosure.lakehouse.ReportChanges;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Brings the indicator tables up to date with the reports table.
 *
 * <p>Incremental: the state table holds the reports-table version the indicator tables reflect; the
 * reports' Change Data Feed since then names the years whose reports changed (inserts, updates and
 * deletes, a report that moved to another year naming both). Those years are recomputed, and each
 * following year too, since its year-on-year changes read them; every table's rows of those years are
 * replaced in one commit, the other years' files are left alone. The state is written last, so a run
 * that fails midway is redone in full by the next. Every year depends only on its own reports and
 * the year before, so the result is the same as a full rebuild's.
 */
public final class IndicatorRefresh {

  private final Lakehouse lakehouse;
  private final IndicatorTables tables;

  public IndicatorRefresh(Lakehouse lakehouse) {
    this.lakehouse = lakehouse;
    this.tables = new IndicatorTables(lakehouse);
  }

  /**
   * Recomputes the years that changed since the last run, or every year when asked or needed. A run
   * that another refresh overtook is redone from the start (see {@link ConcurrentWriteRetry}): each
   * attempt recomputes its years from one version of the reports table and replaces them whole.
   */
  public IndicatorRefreshResult refresh(boolean fullRebuildRequested, Timestamp computedAt) {
    IndicatorConf.bundled().requireAgreementWithCode();
    return ConcurrentWriteRetry.run("indicators", () -> refreshOnce(fullRebuildRequested, computedAt));
  }

  private IndicatorRefreshResult refreshOnce(boolean fullRebuildRequested, Timestamp computedAt) {
    long reportsVersion = reportsVersion();
    Optional<Long> processedVersion = tables.lastProcessedReportsVersion();
    boolean tablesIncomplete = createMissingTables();
    IndicatorRefreshResult.Mode mode = modeOf(fullRebuildRequested, processedVersion, reportsVersion, tablesIncomplete);
    Dataset<Row> reports = lakehouse.spark().read().format("delta").option("versionAsOf", reportsVersion)
        .load(lakehouse.pathOf(LakehouseTable.REPORTS));

    if (mode != IndicatorRefreshResult.Mode.INCREMENTAL) {
      List<Integer> allYears = ReportChanges.yearsOf(reports);
      return recompute(reports, allYears, Optional.empty(), mode, reportsVersion, computedAt);
    }
    if (processedVersion.get() == reportsVersion) {
      return IndicatorRefreshResult.unchanged(reportsVersion);
    }
    TreeSet<Integer> years = new TreeSet<>();
    for (int changed : ReportChanges.yearsChanged(lakehouse, processedVersion.get() + 1, reportsVersion)) {
      years.add(changed);
      years.add(changed + 1);
    }
    if (years.isEmpty()) {
      return IndicatorRefreshResult.unchanged(reportsVersion);
    }
    List<Integer> recomputed = List.copyOf(years);
    TreeSet<Integer> yearsRead = new TreeSet<>(years);
    years.forEach(year -> yearsRead.add(year - 1));
    Dataset<Row> needed = reports.where(col("year").isin(yearsRead.toArray()));
    return recompute(needed, recomputed, Optional.of(recomputed), mode, reportsVersion, computedAt);
  }

  /**
   * Computes the tables' rows for {@code years} from {@code reports} (which also holds the years
   * before them) and writes them: replacing those years only, or everything when {@code replaced} is
   * empty.
   */
  private IndicatorRefreshResult recompute(Dataset<Row> reports, List<Integer> years,
      Optional<Collection<Integer>> replaced, IndicatorRefreshResult.Mode mode, long reportsVersion,
      Timestamp computedAt) {
    Dataset<Row> inputs = reports.select(inputColumns()).localCheckpoint(true);
    Column inYears = col("year").isin(years.toArray());
    Dataset<Row> agencyYears = AgencyYearIndicators.compute(inputs).where(inYears).localCheckpoint(true);
    Dataset<Row> regions = GroupIndicators.compute(inputs, IndicatorGrouping.REGION).where(inYears)
        .localCheckpoint(true);
    Dataset<Row> levelTypes = GroupIndicators.compute(inputs, IndicatorGrouping.LEVEL_AND_TYPE).where(inYears)
        .localCheckpoint(true);
    tables.overwrite(IndicatorTable.AGENCY_YEAR, agencyYears, replaced);
    tables.overwrite(IndicatorTable.REGION_YEAR, regions, replaced);
    tables.overwrite(IndicatorTable.LEVEL_TYPE_YEAR, levelTypes, replaced);
    tables.recordState(reportsVersion, replaced.isEmpty(), years, computedAt);
    return new IndicatorRefreshResult(reportsVersion, mode, years, inputs.count(), agencyYears.count(),
        regions.count(), levelTypes.count());
  }

  /**
   * Creates the tables that do not exist. Returns whether any was missing or has the columns of another
   * version of the job: then some years are missing from it, and every year must be recomputed.
   */
  private boolean createMissingTables() {
    boolean incomplete = false;
    for (IndicatorTable table : IndicatorTable.values()) {
      if (!tables.exists(table)) {
        tables.create(table);
        incomplete = true;
      } else if (tables.isOutdated(table)) {
        incomplete = true;
      }
    }
    return incomplete;
  }

  private static IndicatorRefreshResult.Mode modeOf(boolean fullRebuildRequested, Optional<Long> processedVersion,
      long reportsVersion, boolean tablesIncomplete) {
    if (fullRebuildRequested) {
      return IndicatorRefreshResult.Mode.FULL_REQUESTED;
    }
    if (processedVersion.isEmpty()) {
      return IndicatorRefreshResult.Mode.FIRST_RUN;
    }
    if (processedVersion.get() > reportsVersion) {
      return IndicatorRefreshResult.Mode.REPORTS_REPLACED;
    }
    return tablesIncomplete ? IndicatorRefreshResult.Mode.TABLES_OUTDATED : IndicatorRefreshResult.Mode.INCREMENTAL;
  }

  private long reportsVersion() {
    String path = lakehouse.pathOf(LakehouseTable.REPORTS);
    if (!DeltaTable.isDeltaTable(lakehouse.spark(), path)) {
      throw noReportsTable(path);
    }
    return lakehouse.version(LakehouseTable.REPORTS);
  }

  static JobUserError noReportsTable(String path) {
    return new JobUserError("No reports table at " + path + ": run jobs/ingest first");
  }

  /** What the indicators read: the agency-year's identity and every metric (for completeness). */
  private static Column[] inputColumns() {
    List<Column> columns = new ArrayList<>();
    AgencyYearIndicators.IDENTITY_COLUMNS.forEach(name -> columns.add(col(name)));
    for (ReportMetric metric : ReportMetric.values()) {
      columns.add(col(metric.key()));
    }
    return columns.toArray(Column[]::new);
  }
}
