package io.github.opendisclosure.extract;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One raw input file: where it was read from and its exact bytes.
 *
 * @param path  the file's path or URI as the job was given it
 * @param bytes the raw bytes, undecoded
 */
public record SourceDocument(String path, byte[] bytes) {

  /** The file's name without folders. */
  public String fileName() {
    String normalized = path.replace('\\', '/');
    return normalized.substring(normalized.lastIndexOf('/') + 1);
  }

  /** Hex SHA-256 of the raw bytes: the key that tells a changed file from a rerun. */
  public String sha256() {
    return sha256Hex(bytes);
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime provides SHA-256", e);
    }
  }

  public static SourceDocument of(Path file, byte[] bytes) {
    return new SourceDocument(file.toString(), bytes);
  }
}
