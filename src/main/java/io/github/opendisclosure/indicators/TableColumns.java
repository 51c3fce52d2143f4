package io.github.opendisclosure.indicators;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Declaring the indicator tables' columns with comments, and shaping computed rows to them. */
final class TableColumns {

  private TableColumns() {}

  static StructField field(String name, DataType type, boolean nullable, String comment) {
    Metadata metadata = new MetadataBuilder().putString("comment", comment).build();
    return new StructField(name, type, nullable, metadata);
  }

  /** The frame's columns in the schema's order, cast to its types and carrying its comments. */
  static Dataset<Row> conform(Dataset<Row> frame, StructType schema) {
    Column[] columns = Arrays.stream(schema.fields())
        .map(field -> col(field.name()).cast(field.dataType()).as(field.name(), field.metadata()))
        .toArray(Column[]::new);
    return frame.select(columns);
  }
}
