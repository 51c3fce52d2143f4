package io.github.opendisclosure.extract.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledSetTest {

  private static final String LABELS = """
      {"agency_name": "平江县民政局", "agency_type": "civil_affairs", "level": "county",
       "province": "湖南省", "city": "岳阳市", "county": "平江县", "township": null,
       "division_code": "430626", "year": 2017, "template": "narrative",
       "metrics": %s, "prose_keys": %s, "notes": ""}
      """;

  @TempDir
  Path folder;

  @Test
  void theBundledSetLoadsAndItsIdentityLabelsAreWellFormed() throws Exception {
    List<LabelledReport> set = LabelledSet.load(Path.of(getClass().getResource("/labelled").toURI()));

    assertEquals(58, set.size());
    for (LabelledReport report : set) {
      ExpectedRecord labels = report.expected();
      String file = report.fileName();
      assertEquals(true, file.contains("_") && labels.agencyName() != null && labels.province() != null, file);
      assertEquals(true, labels.year() >= 2015 && labels.year() <= 2024, file);
      // A township-level agency, and only it, has a township and a 9-digit code.
      boolean township = "township".equals(labels.level());
      assertEquals(township, labels.township() != null, file);
      assertEquals(township ? 9 : 6, labels.divisionCode().length(), file);
      assertEquals(true, switch (labels.template()) {
        case "pre2019" -> labels.year() <= 2018;
        case "2019" -> labels.year() == 2019 || labels.year() == 2020;
        case "2021" -> labels.year() >= 2021;
        case "narrative" -> true;
        default -> false;
      }, file + ": template " + labels.template() + " in " + labels.year());
    }
  }

  @Test
  void pairsEachReportWithTheLabelsOfTheSameBaseName() throws IOException {
    write("reports/010_pingjiang-civil-affairs-2017.txt", "平江县民政局2017年政府信息公开工作年度报告");
    write("expected/010_pingjiang-civil-affairs-2017.json",
        LABELS.formatted("{\"requests_received\": 0, \"fees_collected_yuan\": 1500.5}", "[\"requests_received\"]"));

    List<LabelledReport> set = LabelledSet.load(folder);

    assertEquals(1, set.size());
    LabelledReport report = set.get(0);
    assertEquals("010_pingjiang-civil-affairs-2017.txt", report.fileName());
    assertEquals("平江县民政局", report.expected().agencyName());
    assertEquals(null, report.expected().township());
    assertEquals(2017, report.expected().year());
    assertEquals(Map.of("requests_received", new BigDecimal("0"), "fees_collected_yuan", new BigDecimal("1500.5")),
        report.expected().metrics());
    assertEquals(true, report.expected().isProse("requests_received"));
    assertEquals(false, report.expected().isProse("fees_collected_yuan"));
  }

  @Test
  void aReportWithoutLabelsIsAnErrorNamingIt() throws IOException {
    write("reports/011_no-labels.html", "<p>报告</p>");
    Files.createDirectories(folder.resolve("expected"));

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> LabelledSet.load(folder));
    assertEquals("reports/011_no-labels.html has no labels: expected/011_no-labels.json is missing",
        error.getMessage());
  }

  @Test
  void labelsWithoutAReportAreAnError() throws IOException {
    Files.createDirectories(folder.resolve("reports"));
    write("expected/012_orphan.json", LABELS.formatted("{}", "[]"));

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> LabelledSet.load(folder));
    assertEquals("labels without a report in expected/: 012_orphan.json", error.getMessage());
  }

  @Test
  void rejectsUnknownMetricKeysAndTemplatesAndProseKeysWithoutAValue() throws IOException {
    write("reports/013_a.txt", "报告");
    write("expected/013_a.json", LABELS.formatted("{\"requests_recieved\": 3}", "[]"));
    assertEquals("013_a.json: unknown metric key requests_recieved",
        assertThrows(IllegalArgumentException.class, () -> LabelledSet.load(folder)).getMessage());

    write("expected/013_a.json", LABELS.formatted("{\"requests_received\": 3}", "[\"staff_total\"]"));
    assertEquals("013_a.json: prose key staff_total is not among its metrics",
        assertThrows(IllegalArgumentException.class, () -> LabelledSet.load(folder)).getMessage());

    write("expected/013_a.json", LABELS.formatted("{}", "[]").replace("\"narrative\"", "\"2020\""));
    assertEquals("013_a.json: unknown template 2020",
        assertThrows(IllegalArgumentException.class, () -> LabelledSet.load(folder)).getMessage());
  }

  @Test
  void rejectsMisspeltAndMissingFields() throws IOException {
    write("reports/014_b.txt", "报告");
    write("expected/014_b.json", LABELS.formatted("{}", "[]").replace("\"province\"", "\"provice\""));
    IllegalArgumentException misspelt = assertThrows(IllegalArgumentException.class, () -> LabelledSet.load(folder));
    assertEquals(true, misspelt.getMessage().startsWith("014_b.json is not a valid label file"), misspelt.getMessage());

    write("expected/014_b.json", LABELS.formatted("{}", "[]").replace("\"notes\": \"\"", "\"note\": \"\""));
    assertThrows(IllegalArgumentException.class, () -> LabelledSet.load(folder));
  }

  @Test
  void aMissingFolderIsNoSuchFile() {
    assertThrows(NoSuchFileException.class, () -> LabelledSet.load(folder.resolve("absent")));
  }

  private void write(String relativePath, String content) throws IOException {
    Path file = folder.resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
