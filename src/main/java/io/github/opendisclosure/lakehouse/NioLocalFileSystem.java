package io.github.opendisclosure.lakehouse;

import org.apache.hadoop.fs.LocalFileSystem;

/**
 * Hadoop's local file system (checksummed, for {@code file:} paths) over {@link NioRawLocalFileSystem}:
 * what Spark, Parquet and Delta reach through {@code FileSystem.get}. {@code conf/pipeline.conf} names it
 * as {@code spark.hadoop.fs.file.impl}.
 */
public class NioLocalFileSystem extends LocalFileSystem {

  public NioLocalFileSystem() {
    super(new NioRawLocalFileSystem());
  }
}
