package io.github.opendisclosure.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The bytes a site serves: UTF-8 with or without a byte-order mark, or GB18030 (a GBK superset). */
enum ReportEncoding {
  UTF_8("utf-8", StandardCharsets.UTF_8, false),
  UTF_8_BOM("utf-8", StandardCharsets.UTF_8, true),
  GB18030("gb18030", Charset.forName("GB18030"), false),
  /** GB18030 bytes behind {@code <meta charset=gb2312>}, as many older sites label GBK pages. */
  GB18030_LABELLED_GB2312("gb2312", Charset.forName("GB18030"), false);

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String htmlLabel;
  private final Charset charset;
  private final boolean byteOrderMark;

  ReportEncoding(String htmlLabel, Charset charset, boolean byteOrderMark) {
    this.htmlLabel = htmlLabel;
    this.charset = charset;
    this.byteOrderMark = byteOrderMark;
  }

  String htmlLabel() {
    return htmlLabel;
  }

  byte[] encode(String text) {
    byte[] body = text.getBytes(charset);
    if (!byteOrderMark) {
      return body;
    }
    byte[] bytes = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, bytes, 0, BOM.length);
    System.arraycopy(body, 0, bytes, BOM.length, body.length);
    return bytes;
  }
}
