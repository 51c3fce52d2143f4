package io.github.opendisclosure.assessment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Ranks scored agency-years by score within the province, the city, and the province's offices of the
 * same level and kind, each within its year, ties as the rubric says; and adds the score and province
 * rank of the year before, when the frame holds that year, and the change of rank.
 */
public final class AssessmentRankings {

  private AssessmentRankings() {}

  /** The columns {@link #rank} adds to the score table's. */
  private static final List<String> RANK_COLUMNS = List.of("province_rank", "province_agencies", "city_rank",
      "level_type_rank", "previous_score", "previous_province_rank", "province_rank_change");

  /** The score table's columns without the ranks and the previous year's: what {@link #rank} takes. */
  public static StructType unrankedSchema() {
    return new StructType(Arrays.stream(AssessmentTable.SCORES.schema().fields())
        .filter(field -> !RANK_COLUMNS.contains(field.name())).toArray(StructField[]::new));
  }

  /** {@code scored} has the columns of {@link #unrankedSchema()}. */
  public static Dataset<Row> rank(Dataset<Row> scored, RubricTies ties) {
    Dataset<Row> ranked = scored
        .withColumn("province_rank", rankWithin(ties, "year", "province"))
        .withColumn("province_agencies", count(lit(1)).over(Window.partitionBy(col("year"), col("province"))).cast("int"))
        .withColumn("city_rank", rankWithin(ties, "year", "province", "city"))
        .withColumn("level_type_rank", rankWithin(ties, "year", "province", "level", "agency_type"));
    Dataset<Row> previous = ranked.select(col("agency_key").as("previous_agency_key"),
        col("year").plus(1).as("previous_for_year"), col("score").as("previous_score"),
        col("province_rank").as("previous_province_rank"));
    Dataset<Row> withPrevious = ranked.join(previous,
        ranked.col("agency_key").equalTo(previous.col("previous_agency_key"))
            .and(ranked.col("year").equalTo(previous.col("previous_for_year"))), "left");
    Column[] columns = Arrays.stream(AssessmentTable.SCORES.schema().fieldNames())
        .map(name -> name.equals("province_rank_change")
            ? col("previous_province_rank").minus(col("province_rank")).cast("int").as(name)
            : col(name))
        .toArray(Column[]::new);
    return withPrevious.select(columns);
  }

  private static Column rankWithin(RubricTies ties, String... partitionColumns) {
    WindowSpec window = Window.partitionBy(Arrays.stream(partitionColumns).map(name -> col(name)).toArray(Column[]::new))
        .orderBy(col("score").desc());
    return (ties == RubricTies.SHARED ? org.apache.spark.sql.functions.rank() : dense_rank()).over(window);
  }
}
