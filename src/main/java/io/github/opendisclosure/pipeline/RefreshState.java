package io.github.opendisclosure.pipeline;

import static io.github.opendisclosure.lakehouse.ReportColumns.field;
import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import io.github.opendisclosure.assessment.AssessmentRubric;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.TableDefinition;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code refresh_state} table: one row per refresh that finished, with the reports-table version its
 * assessment and dashboard reflect. The next refresh assesses the years the reports changed in since
 * then. Written last, so a refresh that died midway is redone by the next.
 */
final class RefreshState {

  private static final StructType SCHEMA = new StructType()
      .add(field("reports_version", DataTypes.LongType, false, "Version of the reports table the refresh reflects"))
      .add(field("full_rebuild", DataTypes.BooleanType, false, "Whether every year was recomputed (--full)"))
      .add(field("assessed_years", DataTypes.createArrayType(DataTypes.IntegerType, false), false,
          "The years assessed again"))
      .add(field("rubric_name", DataTypes.StringType, false, "The rubric of the assessment"))
      .add(field("rubric_version", DataTypes.StringType, false, "Its version"))
      .add(field("refreshed_at", DataTypes.TimestampType, false, "When the refresh finished"));
  private static final TableDefinition TABLE = new TableDefinition("refresh_state",
      "One row per refresh that finished: the reports version its assessment and dashboard reflect", SCHEMA, List.of());

  private final Lakehouse lakehouse;

  RefreshState(Lakehouse lakehouse) {
    this.lakehouse = lakehouse;
  }

  private String path() {
    return lakehouse.pathOf(TABLE);
  }

  /** The reports version of the last refresh that assessed with this rubric version; empty before the first. */
  Optional<Long> lastReportsVersion(AssessmentRubric rubric) {
    if (!DeltaTable.isDeltaTable(lakehouse.spark(), path())) {
      return Optional.empty();
    }
    List<Row> last = lakehouse.spark().read().format("delta").load(path())
        .where(col("rubric_name").equalTo(rubric.name()).and(col("rubric_version").equalTo(rubric.version())))
        .orderBy(col("refreshed_at").desc(), col("reports_version").desc()).select("reports_version")
        .limit(1).collectAsList();
    return last.stream().map(row -> row.getLong(0)).findFirst();
  }

  void record(long reportsVersion, boolean fullRebuild, Collection<Integer> assessedYears, AssessmentRubric rubric) {
    lakehouse.createTableIfMissing(TABLE);
    Row row = RowFactory.create(reportsVersion, fullRebuild, List.copyOf(assessedYears),
        rubric.name(), rubric.version(), new Timestamp(System.currentTimeMillis()));
    lakehouse.spark().createDataFrame(List.of(row), SCHEMA).write().format("delta").mode("append").save(path());
  }
}
