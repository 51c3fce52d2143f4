package io.github.opendisclosure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small report files for tests. */
public final class ReportFiles {

  private ReportFiles() {}

  /** A minimal prose report: a title naming the agency and year, and how many items it published. */
  public static String proseReport(String agencyName, int year, int proactiveItems) {
    return agencyName + year + "年度政府信息公开工作年度报告\n"
        + "一、概述\n" + year + "年,我局认真贯彻落实《中华人民共和国政府信息公开条例》。\n"
        + "二、主动公开政府信息情况\n" + year + "年,我局主动公开政府信息" + proactiveItems + "条。\n";
  }

  public static Path write(Path folder, String name, String text) {
    return write(folder, name, text, StandardCharsets.UTF_8);
  }

  public static Path write(Path folder, String name, String text, Charset charset) {
    return write(folder, name, text.getBytes(charset));
  }

  public static Path write(Path folder, String name, byte[] bytes) {
    try {
      Files.createDirectories(folder);
      return Files.write(folder.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
