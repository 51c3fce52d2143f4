package io.github.opendisclosure.lakehouse;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFs;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.FsConstants;
import org.apache.hadoop.fs.FsServerDefaults;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.local.LocalConfigKeys;

/**
 * Hadoop's local file system for {@code FileContext} (checksummed, like Hadoop's {@code LocalFs}) over
 * {@link NioRawLocalFileSystem}: what Delta's log store writes and renames commits through.
 * {@code conf/pipeline.conf} names it as {@code spark.hadoop.fs.AbstractFileSystem.file.impl}.
 */
public class NioLocalFs extends ChecksumFs {

  public NioLocalFs(URI uri, Configuration conf) throws IOException, URISyntaxException {
    super(new RawNioLocalFs(uri, conf));
  }

  /** What Hadoop's {@code RawLocalFs} is, whose constructors are not public, over the java.nio raw file system. */
  private static final class RawNioLocalFs extends DelegateToFileSystem {

    RawNioLocalFs(URI uri, Configuration conf) throws IOException, URISyntaxException {
      super(uri, new NioRawLocalFileSystem(), conf, FsConstants.LOCAL_FS_URI.getScheme(), false);
    }

    @Override
    public int getUriDefaultPort() {
      return -1;
    }

    @Override
    @SuppressWarnings("deprecation")
    public FsServerDefaults getServerDefaults() throws IOException {
      return LocalConfigKeys.getServerDefaults();
    }

    @Override
    public FsServerDefaults getServerDefaults(Path path) throws IOException {
      return LocalConfigKeys.getServerDefaults();
    }

    /** Local file systems differ in what names they take; the operating system checks them. */
    @Override
    public boolean isValidName(String src) {
      return true;
    }
  }
}
