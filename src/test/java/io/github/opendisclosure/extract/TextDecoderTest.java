package io.github.opendisclosure.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String REPORT = "平江县民政局2017年度政府信息公开工作年度报告：收到申请３件。";

  @Test
  void utf8WithAndWithoutByteOrderMark() {
    byte[] plain = REPORT.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
    assertEquals(new DecodedText(REPORT, "UTF-8"), TextDecoder.decode(plain).orElseThrow());
    assertEquals(new DecodedText(REPORT, "UTF-8"), TextDecoder.decode(withBom).orElseThrow());
  }

  @Test
  void gbkAndGb18030BytesDecodeAsGb18030() {
    assertEquals(new DecodedText(REPORT, "GB18030"),
        TextDecoder.decode(REPORT.getBytes(Charset.forName("GBK"))).orElseThrow());
    assertEquals(new DecodedText(REPORT, "GB18030"),
        TextDecoder.decode(REPORT.getBytes(Charset.forName("GB18030"))).orElseThrow());
  }

  @Test
  void utf16WithByteOrderMark() {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, REPORT.getBytes(StandardCharsets.UTF_16LE));
    assertFalse(TextDecoder.looksBinary(bytes));
    assertEquals(new DecodedText(REPORT, "UTF-16LE"), TextDecoder.decode(bytes).orElseThrow());
  }

  @Test
  void binaryFilesAreToldFromText() {
    assertTrue(TextDecoder.looksBinary(new byte[] {0x25, 0x50, 0x44, 0x46, 0x00, 0x01}));
    assertTrue(TextDecoder.looksBinary(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b'}));
    assertFalse(TextDecoder.looksBinary(REPORT.getBytes(StandardCharsets.UTF_8)));
    assertFalse(TextDecoder.looksBinary("第一行\r\n\t第二行\f".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void bytesValidInNeitherEncodingAreRefused() {
    byte[] invalid = {(byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0x80, (byte) 0xFE};
    assertTrue(TextDecoder.decode(invalid).isEmpty());
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] joined = new byte[first.length + second.length];
    System.arraycopy(first, 0, joined, 0, first.length);
    System.arraycopy(second, 0, joined, first.length, second.length);
    return joined;
  }
}
