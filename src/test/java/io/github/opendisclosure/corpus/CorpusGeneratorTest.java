package io.github.opendisclosure.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.extract.ReportExtractor;
import io.github.opendisclosure.extract.ReportRecord;
import io.github.opendisclosure.extract.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

  @Test
  void theSameSeedWritesTheSameBytesOnAnyNumberOfThreads(@TempDir Path folder) throws IOException {
    CorpusFolder.write(new CorpusGenerator(7, 2008, 2024, 150), folder.resolve("one"), 1, 7, "2008-2024");
    CorpusFolder.write(new CorpusGenerator(7, 2008, 2024, 150), folder.resolve("four"), 4, 7, "2008-2024");
    List<Path> files = relativeFiles(folder.resolve("one"));
    assertEquals(150 * 2 + 2, files.size(), "reports, expected records, manifest and summary");
    assertEquals(files, relativeFiles(folder.resolve("four")));
    for (Path file : files) {
      assertArrayEquals(Files.readAllBytes(folder.resolve("one").resolve(file)),
          Files.readAllBytes(folder.resolve("four").resolve(file)), file.toString());
    }
  }

  @Test
  void aReportDependsOnlyOnTheSeedAndItsIndex() {
    CorpusGenerator generator = new CorpusGenerator(3, 2008, 2024, 300);
    GeneratedReport later = generator.report(250);
    generator.reports().limit(10).forEach(report -> { });
    assertArrayEquals(later.bytes(), new CorpusGenerator(3, 2008, 2024, 300).report(250).bytes());
  }

  @Test
  void theYearOfAReportIsKnownWithoutComposingIt() {
    CorpusGenerator generator = new CorpusGenerator(5, 2015, 2024, 200);
    for (int index = 0; index < generator.size(); index += 7) {
      assertEquals(generator.report(index).expected().year(), generator.yearOf(index), "report " + index);
    }
  }

  @Test
  void differentSeedsGiveDifferentCorpora() {
    CorpusGenerator first = new CorpusGenerator(1, 2008, 2024, 50);
    CorpusGenerator second = new CorpusGenerator(2, 2008, 2024, 50);
    long same = java.util.stream.IntStream.range(0, 50)
        .filter(i -> Arrays.equals(first.report(i).bytes(), second.report(i).bytes())).count();
    assertEquals(0, same);
  }

  @Test
  void aRevisionIsTheSameOfficeAndYearWithOtherFigures() {
    CorpusGenerator generator = new CorpusGenerator(1, 2008, 2024, 40);
    GeneratedReport original = generator.report(17);
    GeneratedReport revised = generator.revisedReport(17, 1);
    assertEquals(original.expected().agencyName(), revised.expected().agencyName());
    assertEquals(original.expected().year(), revised.expected().year());
    assertEquals(original.fileName(), revised.fileName());
    assertFalse(Arrays.equals(original.bytes(), revised.bytes()));
  }

  @Test
  void aFewHundredReportsHoldEveryTemplateLayoutEncodingAndNoise() {
    List<GeneratedReport> reports = new CorpusGenerator(1, 2008, 2024, 600).reports().toList();
    assertEquals(Set.of("pre2019", "2019", "2021", "narrative"),
        reports.stream().map(report -> report.expected().template()).collect(Collectors.toSet()));
    assertEquals(Set.of("html", "pipe", "framed", "tab", "cells", "bars", "text"),
        reports.stream().map(GeneratedReport::layout).collect(Collectors.toSet()));
    assertEquals(Set.of("utf_8", "utf_8_bom", "gb18030", "gb18030_labelled_gb2312"),
        reports.stream().map(GeneratedReport::encoding).collect(Collectors.toSet()));
    Set<NoiseKind> noise = EnumSet.noneOf(NoiseKind.class);
    reports.forEach(report -> noise.addAll(report.noise()));
    assertEquals(EnumSet.allOf(NoiseKind.class), noise);
  }

  @Test
  void officesOfEveryLevelAndRequestsSpreadLikeTheRealOnes() {
    List<GeneratedReport> reports = new CorpusGenerator(1, 2008, 2024, 3000).reports().toList();
    assertEquals(Set.of("province", "city", "county", "township"),
        reports.stream().map(report -> report.expected().level()).collect(Collectors.toSet()));
    List<Long> requests = reports.stream()
        .map(report -> report.expected().metrics().get("requests_received"))
        .filter(value -> value != null).map(value -> value.longValueExact()).toList();
    long none = requests.stream().filter(value -> value == 0).count();
    long thousands = requests.stream().filter(value -> value >= 1000).count();
    assertTrue(none > requests.size() / 5, "many offices receive no request: " + none);
    assertTrue(thousands > 0 && thousands < requests.size() / 50, "a few receive thousands: " + thousands);
  }

  @Test
  void aCutTableLeavesItsMissingRowsOutOfTheTruth() {
    GeneratedReport cut = new CorpusGenerator(1, 2008, 2024, 600).reports()
        .filter(report -> report.noise().contains(NoiseKind.TABLE_CUT)).findFirst().orElseThrow();
    assertTrue(cut.expectedIssues().contains("table_truncated"));
    String lastKey = cut.expected().template().equals("pre2019") ? "trainees" : "carried_to_next_year";
    assertFalse(cut.expected().metrics().containsKey(lastKey), cut.fileName());
  }

  @Test
  void anOfficeNamedWithFullWidthBracketsIsExpectedUnderTheNameTheExtractorReads() {
    // The data writes the township 220802006 as （工业园区）城南街道; the page keeps the full-width brackets,
    // the extractor reads text folded to NFKC, so the record's agency name has ASCII ones.
    CorpusOffice office = new CorpusOffice(OfficeKind.GOVERNMENT, "township", "洮北区（工业园区）城南街道", "吉林省",
        "白城市", "洮北区", "（工业园区）城南街道", "220802006", true);
    GeneratedReport report = ReportComposer.compose(0, office, 2019, new SplittableRandom(1), new SplittableRandom(2));
    assertEquals("洮北区(工业园区)城南街道办事处", report.expected().agencyName());
    assertEquals("（工业园区）城南街道", report.expected().township());
    ReportRecord record = ReportExtractor.shared().extract(new SourceDocument(report.fileName(), report.bytes()));
    assertEquals(report.expected().agencyName(), record.agencyName());
    assertEquals(report.expected().township(), record.township());
    assertEquals(report.expected().divisionCode(), record.divisionCode());
  }

  private static List<Path> relativeFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(root::relativize).collect(Collectors.toCollection(TreeSet::new))
          .stream().toList();
    }
  }
}
