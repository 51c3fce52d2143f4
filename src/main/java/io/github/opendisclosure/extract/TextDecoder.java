package io.github.opendisclosure.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a report the way a Chinese government site wrote them: a byte-order mark
 * decides when present; otherwise strict UTF-8, then strict GB18030 (a superset of GBK and GB2312,
 * which older sites and Excel exports use).
 */
public final class TextDecoder {

  private static final Charset GB18030 = Charset.forName("GB18030");
  /** How much of the file the binary sniff looks at. */
  private static final int SNIFF_BYTES = 8192;
  private static final char REPLACEMENT_CHARACTER = '\uFFFD';

  private TextDecoder() {}

  /** Whether the bytes look like a binary file (an image, an archive, a PDF) rather than text. */
  public static boolean looksBinary(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return false; // UTF-16 text is full of NUL bytes
    }
    int length = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    return length > 0 && controls * 20 > length;
  }

  /** The decoded text, or empty when the bytes are valid in none of the encodings tried. */
  public static Optional<DecodedText> decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0x84, 0x31, 0x95, 0x33)) {
      return strict(bytes, 4, GB18030);
    }
    Optional<DecodedText> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    return utf8.isPresent() ? utf8 : strict(bytes, 0, GB18030);
  }

  private static Optional<DecodedText> strict(byte[] bytes, int offset, Charset charset) {
    // The String constructor decodes faster; it replaces malformed input with U+FFFD, so only a text
    // holding that character needs the strict decoder to tell whether the bytes were valid. GB18030
    // bytes are rarely valid UTF-8: when their first non-ASCII character is not, the strict decoder
    // fails at once instead of the whole file being decoded first.
    if (charset != StandardCharsets.UTF_8 || firstCharacterIsUtf8(bytes, offset)) {
      String text = new String(bytes, offset, bytes.length - offset, charset);
      if (text.indexOf(REPLACEMENT_CHARACTER) < 0) {
        return Optional.of(new DecodedText(text, charset.name()));
      }
    }
    try {
      String text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
      return Optional.of(new DecodedText(text, charset.name()));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Whether the first non-ASCII byte from {@code offset} on starts a well-formed UTF-8 sequence (or there is none). */
  private static boolean firstCharacterIsUtf8(byte[] bytes, int offset) {
    int at = offset;
    while (at < bytes.length && bytes[at] >= 0) {
      at++;
    }
    if (at == bytes.length) {
      return true;
    }
    int lead = bytes[at] & 0xFF;
    int continuations = lead >= 0xF5 ? -1 : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : -1;
    if (continuations < 0 || at + continuations >= bytes.length) {
      return false;
    }
    for (int i = 1; i <= continuations; i++) {
      if ((bytes[at + i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
