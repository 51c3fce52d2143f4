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

  /** An agency-year: what joins the ranks to the score rows. */
  private static final String[] KEY = {"year", "agency_key"};

  /** The columns {@link #rank} adds to the score table's. */
  private static final List<String> RANK_COLUMNS = List.of("province_rank", "province_agencies", "city_rank",
      "level_type_rank", "previous_score", "previous_province_rank", "province_rank_change");

  /** The score table's columns without the ranks and the previous year's: what {@link #rank} takes. */
  public static StructType unrankedSchema() {
    return new StructType(Arrays.stream(AssessmentTable.SCORES.schema().fields())
        .filter(field -> !RANK_COLUMNS.contains(field.name())).toArray(StructField[]::new));
  }

  /**
   * {@code scored} has the columns of {@link #unrankedSchema()}. The windows sort only what they rank
   * by, and the score rows take their ranks by key afterwards: sorting whole rows for four windows held
   * 1.1 GB per task for a country's 17 years and failed in a 2 GiB heap.
   */
  public static Dataset<Row> rank(Dataset<Row> scored, RubricTies ties) {
    Dataset<Row> ranks = scored
        .select(col("year"), col("agency_key"), col("province"), col("city"), col("level"), col("agency_type"),
            col("score"))
        .withColumn("province_rank", rankWithin(ties, "year", "province"))
        .withColumn("province_agencies", count(lit(1)).over(Window.partitionBy(col("year"), col("province"))).cast("int"))
        .withColumn("city_rank", rankWithin(ties, "year", "province", "city"))
        .withColumn("level_type_rank", rankWithin(ties, "year", "province", "level", "agency_type"))
        .select(col("year"), col("agency_key"), col("score").as("ranked_score"), col("province_rank"),
            col("province_agencies"), col("city_rank"), col("level_type_rank"));
    Dataset<Row> previous = ranks.select(col("agency_key").as("previous_agency_key"),
        col("year").plus(1).as("previous_for_year"), col("ranked_score").as("previous_score"),
        col("province_rank").as("previous_province_rank"));
    Dataset<Row> withPrevious = scored.join(ranks.drop("ranked_score"), KEY).join(previous,
        col("agency_key").equalTo(col("previous_agency_key")).and(col("year").equalTo(col("previous_for_year"))),
        "left");
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
