package io.github.opendisclosure.testing;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import io.github.opendisclosure.lakehouse.NioLocalFileSystem;
import io.github.opendisclosure.lakehouse.NioLocalFs;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.MapType;

/**
 * Base class of every test that needs Spark: one local SparkSession with Delta Lake for the whole
 * suite (surefire runs all tests in one JVM), created on first use and stopped when the JVM exits.
 *
 * <p>spark-testing-base's own Java base classes start and stop their context through JUnit 4 hooks,
 * which JUnit 5 does not call; its DataFrame comparisons work on the frames themselves, so this class
 * owns the session and delegates the comparisons.
 */
public abstract class SparkSessionTest {

  private static final JavaDataFrameSuiteBase COMPARISONS = new JavaDataFrameSuiteBase();

  protected static SparkSession spark() {
    return SharedSession.SESSION;
  }

  /** Same schema and the same rows in any order. */
  protected static void assertDataFrameNoOrderEquals(Dataset<Row> expected, Dataset<Row> actual) {
    COMPARISONS.assertDataFrameNoOrderEquals(comparable(expected), comparable(actual));
  }

  /** Maps cannot be grouped or sorted in Spark, so columns holding one are compared as their JSON. */
  private static Dataset<Row> comparable(Dataset<Row> frame) {
    Column[] columns = Arrays.stream(frame.schema().fields())
        .map(field -> field.dataType().existsRecursively(type -> type instanceof MapType)
            ? to_json(struct(col(field.name()))).as(field.name())
            : col(field.name()))
        .toArray(Column[]::new);
    return frame.select(columns);
  }

  private static final class SharedSession {
    static final SparkSession SESSION = create();

    private static SparkSession create() {
      SparkSession session = SparkSession.builder()
          .master("local[2]")
          .appName("disclosure-pipeline-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
          .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
          // Small tables: fewer partitions for Delta's own state make every commit faster.
          .config("spark.databricks.delta.snapshotPartitions", "2")
          // Local folders through java.nio, as conf/pipeline.conf has them: no chmod or readlink forked for
          // each file and commit.
          .config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
          .config("spark.hadoop.fs.AbstractFileSystem.file.impl", NioLocalFs.class.getName())
          // Interpreted expressions, no generated code: on a few rows, compiling the code of each new plan
          // over the wide report row costs more than running it (the ingest, indicator and assessment
          // tests took 252 s instead of 381). The jobs the tests start in JVMs of their own and the
          // notebooks keep Spark's code generation, except in their ingests, which always interpret.
          .config("spark.sql.codegen.wholeStage", "false")
          .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
      return session;
    }
  }
}
