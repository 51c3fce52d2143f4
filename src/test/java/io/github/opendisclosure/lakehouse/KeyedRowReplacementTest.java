package io.github.opendisclosure.lakehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.opendisclosure.testing.SparkSessionTest;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class KeyedRowReplacementTest extends SparkSessionTest {

  @Test
  void thePredicateNamesEachKeyOnceGroupedByTheFirstColumns() {
    String predicate = KeyedRowReplacement.predicate(List.of(
        RowFactory.create(2017, "320813/county_government"),
        RowFactory.create(2018, "name/某某局"),
        RowFactory.create(2017, "320813/finance"),
        RowFactory.create(2017, "320813/finance")), List.of("year", "agency_key"));

    assertEquals("(year = 2017 AND agency_key IN ('320813/county_government', '320813/finance'))"
        + " OR (year = 2018 AND agency_key IN ('name/某某局'))", predicate);
  }

  @Test
  void quotesAndBackslashesInKeysStayInsideTheirLiteral() {
    String predicate = KeyedRowReplacement.predicate(List.of(RowFactory.create("file:/reports/it's\\a') OR (TRUE.txt")),
        List.of("source_path"));

    assertEquals("(source_path IN ('file:/reports/it\\'s\\\\a\\') OR (TRUE.txt'))", predicate);
    List<String> paths = List.of("file:/reports/it's\\a') OR (TRUE.txt", "file:/reports/its.txt", "file:/reports/it's.txt");
    assertEquals(List.of(paths.get(0)), spark().createDataset(paths, Encoders.STRING()).toDF("source_path")
        .where(functions.expr(predicate)).as(Encoders.STRING()).collectAsList(), "Spark reads the literal back as the path");
  }

  @Test
  void noKeysSelectNoRows() {
    assertEquals("FALSE", KeyedRowReplacement.predicate(List.of(), List.of("source_path")));
  }
}
