package io.github.opendisclosure.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.assessment.RubricFile;
import io.github.opendisclosure.lakehouse.LakehouseTable;
import io.github.opendisclosure.testing.SampleRefresh;
import io.github.opendisclosure.testing.SparkSessionTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The rows as Spark orders and streams them from the sample's lakehouse: the order the files always had. */
class DashboardReaderTest extends SparkSessionTest {

  private static final int YEAR = DashboardColumn.names().indexOf("year");
  private static final int KEY = DashboardColumn.names().indexOf("agency_key");
  private static final int NAME = DashboardColumn.names().indexOf("agency_name");
  private static final int PROVINCE = DashboardColumn.names().indexOf("province");

  @Test
  void agencyYearsComeByYearProvinceNameAndKeyAndEvidenceByYearKeyAndMetric() {
    SampleRefresh.Refreshed sample = SampleRefresh.once(spark());
    DashboardData data = new DashboardReader(sample.lakehouse()).read(RubricFile.bundled());

    List<List<Object>> agencyYears = read(data.agencyYears());
    List<List<Object>> evidence = read(data.evidence());

    assertEquals(sample.lakehouse().read(LakehouseTable.REPORTS).count(), agencyYears.size());
    assertEquals(DashboardColumn.names().size(), agencyYears.get(0).size());
    List<List<Object>> sorted = new ArrayList<>(agencyYears);
    sorted.sort(Comparator.comparing((List<Object> row) -> (Integer) row.get(YEAR))
        .thenComparing(row -> (String) row.get(PROVINCE), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(row -> (String) row.get(NAME), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(row -> (String) row.get(KEY)));
    assertEquals(sorted, agencyYears);
    assertTrue(agencyYears.stream().map(row -> row.get(YEAR)).distinct().count() > 1, "the sample spans years");

    List<List<Object>> sortedEvidence = new ArrayList<>(evidence);
    sortedEvidence.sort(Comparator.comparing((List<Object> row) -> (Integer) row.get(0))
        .thenComparing(row -> (String) row.get(1)).thenComparing(row -> (String) row.get(2)));
    assertEquals(sortedEvidence, evidence);
    assertFalse(evidence.isEmpty());
    // Every stated metric's evidence and no other: as the reports' evidence maps hold them.
    long expected = 0;
    for (Row report : sample.lakehouse().read(LakehouseTable.REPORTS).select("evidence").collectAsList()) {
      Map<String, String> map = report.getJavaMap(0);
      expected += DashboardColumn.of(DashboardColumn.Source.REPORT_METRIC).stream()
          .filter(metric -> map != null && map.get(metric.name()) != null).count();
    }
    assertEquals(expected, evidence.size());
    assertEquals(read(data.agencyYears()), agencyYears, "every read gives the same rows");
  }

  private static List<List<Object>> read(DashboardData.Rows rows) {
    List<List<Object>> all = new ArrayList<>();
    rows.open().forEachRemaining(all::add);
    return all;
  }
}
