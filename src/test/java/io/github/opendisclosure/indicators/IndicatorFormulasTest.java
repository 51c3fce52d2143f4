package io.github.opendisclosure.indicators;

import static io.github.opendisclosure.indicators.HandMadeReports.A;
import static io.github.opendisclosure.indicators.HandMadeReports.B;
import static io.github.opendisclosure.indicators.HandMadeReports.C;
import static io.github.opendisclosure.indicators.HandMadeReports.D;
import static io.github.opendisclosure.indicators.HandMadeReports.E;
import static io.github.opendisclosure.indicators.Indicator.BACKLOG_RATE;
import static io.github.opendisclosure.indicators.Indicator.DENIAL_RATE;
import static io.github.opendisclosure.indicators.Indicator.GRANT_RATE;
import static io.github.opendisclosure.indicators.Indicator.LAWSUITS_PER_100_REQUESTS;
import static io.github.opendisclosure.indicators.Indicator.LAWSUIT_CORRECTED_RATE;
import static io.github.opendisclosure.indicators.Indicator.NOT_PROCESSED_RATE;
import static io.github.opendisclosure.indicators.Indicator.ON_TIME_COMPLETION_RATE;
import static io.github.opendisclosure.indicators.Indicator.PROACTIVE_ITEMS;
import static io.github.opendisclosure.indicators.Indicator.RECONSIDERATIONS_PER_100_REQUESTS;
import static io.github.opendisclosure.indicators.Indicator.RECONSIDERATION_CORRECTED_RATE;
import static io.github.opendisclosure.indicators.Indicator.REQUESTS_PER_STAFF;
import static io.github.opendisclosure.indicators.Indicator.REQUESTS_RECEIVED;
import static io.github.opendisclosure.indicators.Indicator.REQUEST_WORKLOAD;
import static io.github.opendisclosure.indicators.Indicator.STAFF_FULL_TIME_RATE;
import static io.github.opendisclosure.indicators.Indicator.STAFF_TOTAL;
import static io.github.opendisclosure.indicators.Indicator.UNABLE_TO_PROVIDE_RATE;
import static io.github.opendisclosure.indicators.Indicator.ZERO_REQUEST_RATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.opendisclosure.testing.SparkSessionTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every indicator of the hand-made reports ({@link HandMadeReports}) computed by hand: for each
 * agency-year, and for groups with missing inputs, a single agency, and only zero requests. Rates are
 * written as the divisions they are, so the expected doubles are the ones Spark must produce.
 */
class IndicatorFormulasTest extends SparkSessionTest {

  private static List<Row> agencyYears;
  private static List<Row> regions;
  private static List<Row> levelTypes;

  @BeforeAll
  static void computeTheTablesOfTheHandMadeReports() {
    Dataset<Row> reports = HandMadeReports.frame(spark()).cache();
    agencyYears = AgencyYearIndicators.compute(reports).collectAsList();
    regions = GroupIndicators.compute(reports, IndicatorGrouping.REGION).collectAsList();
    levelTypes = GroupIndicators.compute(reports, IndicatorGrouping.LEVEL_AND_TYPE).collectAsList();
    reports.unpersist();
  }

  @Test
  void everyIndicatorOfEveryAgencyYear() {
    Map<String, ExpectedRow> expected = new TreeMap<>();
    expected.put(A + " 2021", new ExpectedRow()
        .agency(REQUESTS_RECEIVED, 10, null).agency(REQUEST_WORKLOAD, 10 + 2, null)
        .agency(ZERO_REQUEST_RATE, 0.0, null).agency(STAFF_TOTAL, 4, null)
        .agency(STAFF_FULL_TIME_RATE, 1.0 / 4, null).agency(REQUESTS_PER_STAFF, 10.0 / 4, null)
        .agency(ON_TIME_COMPLETION_RATE, null, null)
        .agency(GRANT_RATE, (4.0 + 2) / 10, null).agency(DENIAL_RATE, 1.0 / 10, null)
        .agency(UNABLE_TO_PROVIDE_RATE, 2.0 / 10, null).agency(NOT_PROCESSED_RATE, 1.0 / 10, null)
        .agency(BACKLOG_RATE, 2.0 / 12, null)
        .agency(RECONSIDERATIONS_PER_100_REQUESTS, 100.0 * 1 / 10, null)
        .agency(LAWSUITS_PER_100_REQUESTS, 100.0 * 2 / 10, null)
        .agency(RECONSIDERATION_CORRECTED_RATE, 0.0 / 1, null).agency(LAWSUIT_CORRECTED_RATE, 1.0 / 2, null)
        .agency(PROACTIVE_ITEMS, 100, null));
    expected.put(A + " 2022", new ExpectedRow()
        .agency(REQUESTS_RECEIVED, 20, 20 - 10).agency(REQUEST_WORKLOAD, 22, 22 - 12)
        .agency(ZERO_REQUEST_RATE, 0.0, 0.0).agency(STAFF_TOTAL, 5, 5 - 4)
        .agency(STAFF_FULL_TIME_RATE, 2.0 / 5, 2.0 / 5 - 1.0 / 4)
        .agency(REQUESTS_PER_STAFF, 20.0 / 5, 20.0 / 5 - 10.0 / 4)
        .agency(ON_TIME_COMPLETION_RATE, null, null)
        .agency(GRANT_RATE, 10.0 / 18, 10.0 / 18 - 6.0 / 10)
        .agency(DENIAL_RATE, 2.0 / 18, 2.0 / 18 - 1.0 / 10)
        .agency(UNABLE_TO_PROVIDE_RATE, 4.0 / 18, 4.0 / 18 - 2.0 / 10)
        .agency(NOT_PROCESSED_RATE, 0.0 / 18, 0.0 / 18 - 1.0 / 10)
        .agency(BACKLOG_RATE, 4.0 / 22, 4.0 / 22 - 2.0 / 12)
        .agency(RECONSIDERATIONS_PER_100_REQUESTS, 100.0 * 2 / 20, 100.0 * 2 / 20 - 100.0 * 1 / 10)
        .agency(LAWSUITS_PER_100_REQUESTS, 100.0 * 1 / 20, 100.0 * 1 / 20 - 100.0 * 2 / 10)
        .agency(RECONSIDERATION_CORRECTED_RATE, 1.0 / 2, 1.0 / 2 - 0.0)
        .agency(LAWSUIT_CORRECTED_RATE, 0.0 / 1, 0.0 - 1.0 / 2)
        .agency(PROACTIVE_ITEMS, 120, 120 - 100));
    // Every count stated as 0: each rate over a zero is null, not NaN or infinity.
    expected.put(B + " 2021", new ExpectedRow()
        .agency(REQUESTS_RECEIVED, 0, null).agency(REQUEST_WORKLOAD, 0, null)
        .agency(ZERO_REQUEST_RATE, 1.0, null).agency(STAFF_TOTAL, 2, null)
        .agency(STAFF_FULL_TIME_RATE, null, null).agency(REQUESTS_PER_STAFF, 0.0 / 2, null)
        .agency(ON_TIME_COMPLETION_RATE, null, null)
        .agency(GRANT_RATE, null, null).agency(DENIAL_RATE, null, null)
        .agency(UNABLE_TO_PROVIDE_RATE, null, null).agency(NOT_PROCESSED_RATE, null, null)
        .agency(BACKLOG_RATE, null, null)
        .agency(RECONSIDERATIONS_PER_100_REQUESTS, null, null).agency(LAWSUITS_PER_100_REQUESTS, null, null)
        .agency(RECONSIDERATION_CORRECTED_RATE, null, null).agency(LAWSUIT_CORRECTED_RATE, null, null)
        .agency(PROACTIVE_ITEMS, 50, null));
    expected.put(B + " 2022", new ExpectedRow()
        .agency(REQUESTS_RECEIVED, 3, 3 - 0).agency(REQUEST_WORKLOAD, 3, 3 - 0)
        .agency(ZERO_REQUEST_RATE, 0.0, 0.0 - 1.0).agency(STAFF_TOTAL, 2, 2 - 2)
        .agency(STAFF_FULL_TIME_RATE, 2.0 / 2, null).agency(REQUESTS_PER_STAFF, 3.0 / 2, 3.0 / 2 - 0.0)
        .agency(ON_TIME_COMPLETION_RATE, null, null)
        .agency(GRANT_RATE, (1.0 + 1) / 3, null).agency(DENIAL_RATE, 0.0 / 3, null)
        .agency(UNABLE_TO_PROVIDE_RATE, 1.0 / 3, null).agency(NOT_PROCESSED_RATE, 0.0 / 3, null)
        .agency(BACKLOG_RATE, 0.0 / 3, null)
        .agency(RECONSIDERATIONS_PER_100_REQUESTS, 0.0, null).agency(LAWSUITS_PER_100_REQUESTS, 0.0, null)
        .agency(RECONSIDERATION_CORRECTED_RATE, null, null).agency(LAWSUIT_CORRECTED_RATE, null, null)
        .agency(PROACTIVE_ITEMS, 40, 40 - 50));
    expected.put(C + " 2021", new ExpectedRow()
        .agency(REQUESTS_RECEIVED, 5, null).agency(REQUEST_WORKLOAD, null, null)
        .agency(ZERO_REQUEST_RATE, 0.0, null).agency(STAFF_TOTAL, null, null)
        .agency(STAFF_FULL_TIME_RATE, null, null).agency(REQUESTS_PER_STAFF, null, null)
        .agency(ON_TIME_COMPLETION_RATE, 4.0 / 5, null)
        .agency(GRANT_RATE, null, null).agency(DENIAL_RATE, null, null)
        .agency(UNABLE_TO_PROVIDE_RATE, null, null).agency(NOT_PROCESSED_RATE, null, null)
        .agency(BACKLOG_RATE, null, null)
        .agency(RECONSIDERATIONS_PER_100_REQUESTS, 100.0 * 0 / 5, null).agency(LAWSUITS_PER_100_REQUESTS, null, null)
        .agency(RECONSIDERATION_CORRECTED_RATE, null, null).agency(LAWSUIT_CORRECTED_RATE, null, null)
        .agency(PROACTIVE_ITEMS, null, null));
    expected.put(D + " 2021", onlyRequestsAndItems(0, 1.0, 30, null, null, null));
    expected.put(D + " 2022", onlyRequestsAndItems(0, 1.0, 35, 0, 0.0, 35 - 30));
    expected.put(E + " 2021", onlyRequestsAndItems(null, null, 7, null, null, null));
    expected.put(E + " 2022", onlyRequestsAndItems(1, 0.0, null, null, null, null)
        .agency(ON_TIME_COMPLETION_RATE, 1.0 / 1, null));

    Map<String, Row> actual = new TreeMap<>();
    agencyYears.forEach(row -> actual.put(row.getAs("agency_key") + " " + row.getAs("year"), row));
    assertEquals(expected.keySet(), actual.keySet());
    List<String> indicatorColumns = indicatorColumnsOf(AgencyYearIndicators.schema());
    expected.forEach((key, row) -> row.assertMatches(actual.get(key), indicatorColumns, key));
  }

  @Test
  void regionGroupsRollUpCountiesToCitiesProvincesAndTheNation() {
    List<String> expected = new ArrayList<>();
    for (int year : new int[] {2021, 2022}) {
      Stream.of("county 江苏省 淮安市 洪泽区", "county 安徽省 阜阳市 null", "county null null null",
          "city 江苏省 淮安市 null", "city 安徽省 阜阳市 null", "city null null null",
          "province 江苏省 null null", "province 安徽省 null null", "province null null null",
          "national null null null").forEach(group -> expected.add(year + " " + group));
    }
    // C, the city-level office of 淮安市, reported in 2021 only: its own county-scope group.
    expected.add("2021 county 江苏省 淮安市 null");
    List<String> actual = regions.stream()
        .map(row -> row.getAs("year") + " " + row.getAs("scope") + " " + row.getAs("province") + " "
            + row.getAs("city") + " " + row.getAs("county"))
        .toList();
    assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
  }

  @Test
  void levelAndTypeGroupsAreTheCubeOfLevelAndKindOfOffice() {
    List<String> expected = new ArrayList<>();
    for (int year : new int[] {2021, 2022}) {
      Stream.of("level_and_agency_type county county_government", "level_and_agency_type county civil_affairs",
          "level_and_agency_type city civil_affairs", "level_and_agency_type township township_government",
          "level county null", "level city null", "level township null",
          "agency_type null county_government", "agency_type null civil_affairs",
          "agency_type null township_government", "all null null").forEach(group -> expected.add(year + " " + group));
    }
    List<String> actual = levelTypes.stream()
        .map(row -> row.getAs("year") + " " + row.getAs("scope") + " " + row.getAs("level") + " "
            + row.getAs("agency_type"))
        .toList();
    assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
  }

  @Test
  void theNationPoolsSumsOverTheAgenciesThatStateEveryInput() {
    // 2021: A, B, C, D, E report. Counts are known for A 10, B 0, C 5, D 0 (E does not say).
    ExpectedRow national2021 = new ExpectedRow()
        .column("reporting_agencies", 5L)
        .total(REQUESTS_RECEIVED, 15L, 4, 4.0 / 5, 15.0 / 4,
            0.5 * 0 + 0.5 * 5, 0.25 * 0 + 0.75 * 0, 0.75 * 5 + 0.25 * 10, null)
        .total(REQUEST_WORKLOAD, 12L, 2, 2.0 / 5, 12.0 / 2,
            0.5 * 0 + 0.5 * 12, 0.75 * 0 + 0.25 * 12, 0.25 * 0 + 0.75 * 12, null)
        .rate(ZERO_REQUEST_RATE, 2.0 / 4, 4, 4.0 / 5, null)
        .total(STAFF_TOTAL, 6L, 2, 2.0 / 5, 6.0 / 2,
            0.5 * 2 + 0.5 * 4, 0.75 * 2 + 0.25 * 4, 0.25 * 2 + 0.75 * 4, null)
        .rate(STAFF_FULL_TIME_RATE, 1.0 / 4, 1, 1.0 / 5, null)
        .rate(REQUESTS_PER_STAFF, (10.0 + 0) / (4 + 2), 2, 2.0 / 5, null)
        .rate(ON_TIME_COMPLETION_RATE, 4.0 / 5, 1, 1.0 / 5, null)
        .rate(GRANT_RATE, (6.0 + 0) / (10 + 0), 2, 2.0 / 5, null)
        .rate(DENIAL_RATE, 1.0 / 10, 2, 2.0 / 5, null)
        .rate(UNABLE_TO_PROVIDE_RATE, 2.0 / 10, 2, 2.0 / 5, null)
        .rate(NOT_PROCESSED_RATE, 1.0 / 10, 2, 2.0 / 5, null)
        .rate(BACKLOG_RATE, (2.0 + 0) / (12 + 0), 2, 2.0 / 5, null)
        .rate(RECONSIDERATIONS_PER_100_REQUESTS, 100.0 * (1 + 0 + 0) / (10 + 0 + 5), 3, 3.0 / 5, null)
        .rate(LAWSUITS_PER_100_REQUESTS, 100.0 * 2 / 10, 2, 2.0 / 5, null)
        .rate(RECONSIDERATION_CORRECTED_RATE, 0.0 / 1, 3, 3.0 / 5, null)
        .rate(LAWSUIT_CORRECTED_RATE, 1.0 / 2, 2, 2.0 / 5, null)
        .total(PROACTIVE_ITEMS, 187L, 4, 4.0 / 5, 187.0 / 4,
            0.5 * 30 + 0.5 * 50, 0.25 * 7 + 0.75 * 30, 0.75 * 50 + 0.25 * 100, null)
        .column("requests_received_known_rate", 4.0 / 5)
        .column("completed_total_known_rate", 1.0 / 5)
        .column("staff_full_time_known_rate", 1.0 / 5)
        .column("trainees_known_rate", 0.0 / 5);
    // 2022: A, B, D, E report; C does not.
    ExpectedRow national2022 = new ExpectedRow()
        .column("reporting_agencies", 4L)
        .total(REQUESTS_RECEIVED, 24L, 4, 4.0 / 4, 24.0 / 4,
            0.5 * 1 + 0.5 * 3, 0.25 * 0 + 0.75 * 1, 0.75 * 3 + 0.25 * 20, 24L - 15)
        .total(REQUEST_WORKLOAD, 25L, 2, 2.0 / 4, 25.0 / 2,
            0.5 * 3 + 0.5 * 22, 0.75 * 3 + 0.25 * 22, 0.25 * 3 + 0.75 * 22, 25L - 12)
        .rate(ZERO_REQUEST_RATE, 1.0 / 4, 4, 4.0 / 4, 1.0 / 4 - 2.0 / 4)
        .total(STAFF_TOTAL, 7L, 2, 2.0 / 4, 7.0 / 2,
            0.5 * 2 + 0.5 * 5, 0.75 * 2 + 0.25 * 5, 0.25 * 2 + 0.75 * 5, 7L - 6)
        .rate(STAFF_FULL_TIME_RATE, (2.0 + 2) / (5 + 2), 2, 2.0 / 4, 4.0 / 7 - 1.0 / 4)
        .rate(REQUESTS_PER_STAFF, (20.0 + 3) / (5 + 2), 2, 2.0 / 4, 23.0 / 7 - 10.0 / 6)
        .rate(ON_TIME_COMPLETION_RATE, 1.0 / 1, 1, 1.0 / 4, 1.0 - 4.0 / 5)
        .rate(GRANT_RATE, (10.0 + 2) / (18 + 3), 2, 2.0 / 4, 12.0 / 21 - 6.0 / 10)
        .rate(DENIAL_RATE, (2.0 + 0) / 21, 2, 2.0 / 4, 2.0 / 21 - 1.0 / 10)
        .rate(UNABLE_TO_PROVIDE_RATE, (4.0 + 1) / 21, 2, 2.0 / 4, 5.0 / 21 - 2.0 / 10)
        .rate(NOT_PROCESSED_RATE, 0.0 / 21, 2, 2.0 / 4, 0.0 - 1.0 / 10)
        .rate(BACKLOG_RATE, (4.0 + 0) / (22 + 3), 2, 2.0 / 4, 4.0 / 25 - 2.0 / 12)
        .rate(RECONSIDERATIONS_PER_100_REQUESTS, 100.0 * (2 + 0) / (20 + 3), 2, 2.0 / 4,
            100.0 * 2 / 23 - 100.0 * 1 / 15)
        .rate(LAWSUITS_PER_100_REQUESTS, 100.0 * (1 + 0) / (20 + 3), 2, 2.0 / 4, 100.0 * 1 / 23 - 100.0 * 2 / 10)
        .rate(RECONSIDERATION_CORRECTED_RATE, (1.0 + 0) / (2 + 0), 2, 2.0 / 4, 1.0 / 2 - 0.0)
        .rate(LAWSUIT_CORRECTED_RATE, 0.0 / 1, 2, 2.0 / 4, 0.0 - 1.0 / 2)
        .total(PROACTIVE_ITEMS, 195L, 3, 3.0 / 4, 195.0 / 3,
            40.0, 0.5 * 35 + 0.5 * 40, 0.5 * 40 + 0.5 * 120, 195L - 187)
        .column("requests_received_known_rate", 4.0 / 4)
        .column("completed_total_known_rate", 1.0 / 4);

    national2021.assertMatches(region(2021, "national", null, null, null), regionIndicatorColumns(), "national 2021");
    national2022.assertMatches(region(2022, "national", null, null, null), regionIndicatorColumns(), "national 2022");
  }

  @Test
  void aProvinceOfOneAgencyAndAnUnknownRegionLeaveWhatIsMissingNull() {
    // 安徽省: D alone, which states it received no request and published 30 items.
    onlyRequestsAndItemsGroup(1, 0L, 1.0, 30L)
        .assertMatches(region(2021, "province", "安徽省", null, null), regionIndicatorColumns(), "安徽省 2021");
    // The unknown region: E alone, which states only its 7 items.
    onlyRequestsAndItemsGroup(1, null, null, 7L)
        .assertMatches(region(2021, "county", null, null, null), regionIndicatorColumns(), "unknown county 2021");
  }

  @Test
  void aGroupThatReceivedNoRequestHasNullRatesBehindItsStatedZeros() {
    // County civil-affairs offices in 2021: B alone, every count stated as 0.
    ExpectedRow expected = new ExpectedRow()
        .column("reporting_agencies", 1L)
        .total(REQUESTS_RECEIVED, 0L, 1, 1.0, 0.0, 0.0, 0.0, 0.0, null)
        .total(REQUEST_WORKLOAD, 0L, 1, 1.0, 0.0, 0.0, 0.0, 0.0, null)
        .rate(ZERO_REQUEST_RATE, 1.0, 1, 1.0, null)
        .total(STAFF_TOTAL, 2L, 1, 1.0, 2.0, 2.0, 2.0, 2.0, null)
        .rate(STAFF_FULL_TIME_RATE, null, 0, 0.0, null)
        .rate(REQUESTS_PER_STAFF, 0.0 / 2, 1, 1.0, null)
        .rate(ON_TIME_COMPLETION_RATE, null, 0, 0.0, null)
        .rate(GRANT_RATE, null, 1, 1.0, null)
        .rate(DENIAL_RATE, null, 1, 1.0, null)
        .rate(UNABLE_TO_PROVIDE_RATE, null, 1, 1.0, null)
        .rate(NOT_PROCESSED_RATE, null, 1, 1.0, null)
        .rate(BACKLOG_RATE, null, 1, 1.0, null)
        .rate(RECONSIDERATIONS_PER_100_REQUESTS, null, 1, 1.0, null)
        .rate(LAWSUITS_PER_100_REQUESTS, null, 1, 1.0, null)
        .rate(RECONSIDERATION_CORRECTED_RATE, null, 1, 1.0, null)
        .rate(LAWSUIT_CORRECTED_RATE, null, 1, 1.0, null)
        .total(PROACTIVE_ITEMS, 50L, 1, 1.0, 50.0, 50.0, 50.0, 50.0, null);
    Row group = levelType(2021, "level_and_agency_type", "county", "civil_affairs");
    expected.assertMatches(group, indicatorColumnsOf(IndicatorTable.LEVEL_TYPE_YEAR.schema()), "county civil_affairs 2021");
  }

  @Test
  void noTableHoldsNaNOrInfinity() {
    for (List<Row> table : List.of(agencyYears, regions, levelTypes)) {
      for (Row row : table) {
        for (int i = 0; i < row.size(); i++) {
          if (row.get(i) instanceof Double value) {
            assertFalse(value.isNaN() || value.isInfinite(), row.schema().fields()[i].name() + " of " + row);
          }
        }
      }
    }
  }

  @Test
  void theComputedRowsHaveTheTablesSchemas() {
    Dataset<Row> reports = HandMadeReports.frame(spark());
    assertEquals(columnsOf(IndicatorTable.AGENCY_YEAR.schema()), columnsOf(AgencyYearIndicators.compute(reports).schema()));
    assertEquals(columnsOf(IndicatorTable.REGION_YEAR.schema()),
        columnsOf(GroupIndicators.compute(reports, IndicatorGrouping.REGION).schema()));
  }

  /** An agency-year that states at most its requests and its items. */
  private static ExpectedRow onlyRequestsAndItems(Integer requests, Double zeroRequestRate, Integer items,
      Integer requestsChange, Double zeroRequestRateChange, Integer itemsChange) {
    ExpectedRow row = new ExpectedRow()
        .agency(REQUESTS_RECEIVED, requests, requestsChange)
        .agency(ZERO_REQUEST_RATE, zeroRequestRate, zeroRequestRateChange)
        .agency(PROACTIVE_ITEMS, items, itemsChange);
    for (Indicator indicator : Indicator.values()) {
      if (indicator != REQUESTS_RECEIVED && indicator != ZERO_REQUEST_RATE && indicator != PROACTIVE_ITEMS) {
        row.agency(indicator, null, null);
      }
    }
    return row;
  }

  /** A group of one agency that states at most its requests and its items, in a year with no year before. */
  private static ExpectedRow onlyRequestsAndItemsGroup(long agencies, Long requests, Double zeroRequestRate, Long items) {
    long requestAgencies = requests == null ? 0 : 1;
    Double requestValue = requests == null ? null : requests.doubleValue();
    ExpectedRow row = new ExpectedRow()
        .column("reporting_agencies", agencies)
        .total(REQUESTS_RECEIVED, requests, requestAgencies, requestAgencies, requestValue,
            requestValue, requestValue, requestValue, null)
        .rate(ZERO_REQUEST_RATE, zeroRequestRate, requestAgencies, requestAgencies, null)
        .total(PROACTIVE_ITEMS, items, 1, 1.0, items.doubleValue(), items.doubleValue(), items.doubleValue(),
            items.doubleValue(), null);
    for (Indicator indicator : Indicator.values()) {
      if (indicator == REQUESTS_RECEIVED || indicator == ZERO_REQUEST_RATE || indicator == PROACTIVE_ITEMS) {
        continue;
      }
      if (indicator.formula() instanceof Total) {
        row.total(indicator, null, 0, 0.0, null, null, null, null, null);
      } else {
        row.rate(indicator, null, 0, 0.0, null);
      }
    }
    return row;
  }

  private static Row region(int year, String scope, String province, String city, String county) {
    return regions.stream()
        .filter(row -> row.<Integer>getAs("year") == year && scope.equals(row.getAs("scope"))
            && Objects.equals(province, row.getAs("province")) && Objects.equals(city, row.getAs("city"))
            && Objects.equals(county, row.getAs("county")))
        .reduce((first, second) -> {
          throw new AssertionError("two rows for " + first);
        })
        .orElseThrow();
  }

  private static Row levelType(int year, String scope, String level, String agencyType) {
    return levelTypes.stream()
        .filter(row -> row.<Integer>getAs("year") == year && scope.equals(row.getAs("scope"))
            && Objects.equals(level, row.getAs("level")) && Objects.equals(agencyType, row.getAs("agency_type")))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> regionIndicatorColumns() {
    return indicatorColumnsOf(IndicatorTable.REGION_YEAR.schema());
  }

  /** The columns of a table that hold an indicator, its group statistics or its change. */
  private static List<String> indicatorColumnsOf(StructType schema) {
    return Arrays.stream(schema.fieldNames())
        .filter(name -> Arrays.stream(Indicator.values()).anyMatch(indicator -> name.startsWith(indicator.columnName())))
        .filter(name -> !name.endsWith(GroupIndicators.KNOWN_RATE_SUFFIX))
        .toList();
  }

  private static List<String> columnsOf(StructType schema) {
    return Arrays.stream(schema.fields())
        .map(field -> field.name() + " " + field.dataType().sql() + " " + field.getComment().getOrElse(() -> ""))
        .toList();
  }
}
