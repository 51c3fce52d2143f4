package io.github.opendisclosure.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Fuzzes the extractor with the real reports (the samples and the labelled set) cut, spliced and
 * corrupted the ways pages arrive broken from government sites. Whatever comes in, the extractor
 * answers with a record or a quarantine reason: no exception escapes and none is swallowed by its own
 * safety net ({@code extraction_failed} is a bug here), and no document hangs. The time bound is a hang
 * detector (a regular expression gone exponential, a loop that never ends), far above the normal
 * cost of a few milliseconds, not a performance assertion.
 */
class ReportExtractorFuzzTest {

  private static final Duration HANG = Duration.ofSeconds(10);
  private static final int REPEATED_CHARS_AT_MOST = 2_000_000;
  private static final ReportExtractor EXTRACTOR = ReportExtractor.shared();
  private static final List<byte[]> SEEDS = seeds();
  private static final Set<String> QUARANTINE_CODES = Arrays.stream(QuarantineReason.values())
      .map(QuarantineReason::code).collect(Collectors.toSet());

  @Property(tries = 120, shrinking = ShrinkingMode.OFF)
  void everyMutatedReportGivesARecordOrAQuarantineReasonInBoundedTime(
      @ForAll("seedIndexes") int seed, @ForAll("mutations") List<Mutation> mutations, @ForAll long randomSeed) {
    Random random = new Random(randomSeed);
    byte[] bytes = SEEDS.get(seed);
    for (Mutation mutation : mutations) {
      bytes = mutation.apply(bytes, random);
    }
    byte[] input = bytes;
    String described = "seed " + seed + " mutated by " + mutations + " (random seed " + randomSeed + ")";

    ReportRecord record = assertTimeoutPreemptively(HANG,
        () -> EXTRACTOR.extract(new SourceDocument("reports/fuzz.html", input)), described);

    assertNotNull(record, described);
    if (record.isQuarantined()) {
      assertTrue(QUARANTINE_CODES.contains(record.quarantineReason()), described);
      assertNotEquals(QuarantineReason.EXTRACTION_FAILED.code(), record.quarantineReason(),
          described + ": " + record.issues());
    } else {
      assertNotNull(record.year(), described);
      assertNotNull(record.agencyName(), described);
      assertFalse(record.agencyName().isBlank(), described);
    }
  }

  @Provide
  Arbitrary<Integer> seedIndexes() {
    return Arbitraries.integers().between(0, SEEDS.size() - 1);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return Arbitraries.of(Mutation.class).list().ofMinSize(1).ofMaxSize(4);
  }

  /** The ways a page arrives broken. */
  enum Mutation {
    /** Cut anywhere, even inside a multi-byte character: a download that stopped. */
    TRUNCATE {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      }
    },
    /** A few random bytes in the middle: a corrupted transfer. */
    INSERT_JUNK_BYTES {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        byte[] junk = new byte[1 + random.nextInt(16)];
        random.nextBytes(junk);
        return splice(bytes, random.nextInt(bytes.length + 1), junk);
      }
    },
    /** One line repeated thousands of times: a table row a broken CMS wrote over and over. */
    REPEAT_A_LINE {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        List<String> lines = lines(bytes);
        if (lines.isEmpty()) {
          return bytes;
        }
        String line = lines.get(random.nextInt(lines.size()));
        // A line that LONG_LINES made the whole page must not be repeated into gigabytes: the test JVM ran
        // out of heap. Pages far beyond what the extractor reads are BadInputIngestionTest's.
        int times = Math.min(200 + random.nextInt(2000), Math.max(1, REPEATED_CHARS_AT_MOST / (line.length() + 1)));
        lines.add(random.nextInt(lines.size() + 1), (line + "\n").repeat(times));
        return utf8(String.join("\n", lines));
      }
    },
    /** Numbers too large for any column, and negative ones. */
    HUGE_NUMBERS {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        String huge = random.nextBoolean() ? "9".repeat(20 + random.nextInt(200)) : "-" + (1L << 62);
        return utf8(text(bytes).replaceAll("\\d+", random.nextInt(3) == 0 ? huge : "$0" + huge.substring(0, 19)));
      }
    },
    /** Thousands of nested elements around the report: a page builder gone wrong. */
    DEEP_HTML_NESTING {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        int depth = 1000 + random.nextInt(10_000);
        String tag = List.of("div", "table", "td", "span", "b", "pre").get(random.nextInt(6));
        return utf8("<html><body>" + ("<" + tag + ">").repeat(depth) + text(bytes).replace("\n", "<br>")
            + ("</" + tag + ">").repeat(random.nextInt(depth + 1)) + "</body></html>");
      }
    },
    /** Every line break removed, or one very long line added: pages that come as a single line. */
    LONG_LINES {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        String text = text(bytes);
        return utf8(random.nextBoolean() ? text.replaceAll("\\R", "")
            : text + "\n" + "统计表 | 件 | 1 | ".repeat(5_000 + random.nextInt(20_000)));
      }
    },
    /** A part in GBK inside UTF-8 text, or the whole page re-encoded: a site that mixed its templates. */
    MIXED_ENCODINGS {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        String text = text(bytes);
        Charset other = List.of(Charset.forName("GBK"), Charset.forName("GB18030"), StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE).get(random.nextInt(4));
        if (random.nextBoolean()) {
          return text.getBytes(other);
        }
        int cut = random.nextInt(text.length() + 1);
        return concat(text.substring(0, cut).getBytes(StandardCharsets.UTF_8), text.substring(cut).getBytes(other));
      }
    },
    /** Two reports run together: a site that concatenated its pages. */
    SPLICE_ANOTHER_REPORT {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        byte[] other = SEEDS.get(random.nextInt(SEEDS.size()));
        return splice(bytes, random.nextInt(bytes.length + 1),
            Arrays.copyOfRange(other, random.nextInt(other.length), other.length));
      }
    },
    /** Lines in another order: a table whose rows a converter shuffled. */
    SHUFFLE_LINES {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        List<String> lines = lines(bytes);
        java.util.Collections.shuffle(lines, random);
        return utf8(String.join("\n", lines));
      }
    },
    /** Tags and entities opened and never closed, table cells outside tables. */
    BROKEN_MARKUP {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        String[] fragments = {"<td>", "</tr>", "<table", "&#", "&nbsp", "<!--", "<![CDATA[", "<script>", "<",
            "|", "||||", "（", "）", "第", "年", "件", "万元"};
        StringBuilder text = new StringBuilder(text(bytes));
        for (int i = 0; i < 50; i++) {
          text.insert(random.nextInt(text.length() + 1), fragments[random.nextInt(fragments.length)]);
        }
        return utf8(text.toString());
      }
    };

    abstract byte[] apply(byte[] bytes, Random random);
  }

  /** The bytes as text; undecodable bytes become replacement characters, which later mutations keep. */
  private static String text(byte[] bytes) {
    return TextDecoder.decode(bytes).map(DecodedText::text).orElseGet(() -> new String(bytes, StandardCharsets.UTF_8));
  }

  private static List<String> lines(byte[] bytes) {
    return new ArrayList<>(text(bytes).lines().toList());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
    out.write(bytes, 0, at);
    out.writeBytes(inserted);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    return splice(first, first.length, second);
  }

  /** The real reports of the repository: the bundled samples and the labelled set. */
  private static List<byte[]> seeds() {
    List<byte[]> seeds = new ArrayList<>();
    for (String folder : List.of("data/sample-reports", "src/test/resources/labelled/reports")) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        for (Path file : files.filter(path -> SourceDocument.isReportFileName(path.toString())).sorted().toList()) {
          seeds.add(Files.readAllBytes(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(seeds);
  }
}
