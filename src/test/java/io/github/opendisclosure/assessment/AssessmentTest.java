package io.github.opendisclosure.assessment;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.opendisclosure.indicators.HandMadeReports;
import io.github.opendisclosure.indicators.IndicatorsJob;
import io.github.opendisclosure.job.JobUserError;
import io.github.opendisclosure.lakehouse.Lakehouse;
import io.github.opendisclosure.lakehouse.LakehouseTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import io.github.opendisclosure.testing.SparkSessionTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assessment against a lakehouse of hand-made reports (indicators' {@code HandMadeReports}, 2021 and
 * 2022): 江苏省 has A (county government), B (civil affairs, named with a formula to test CSV safety) and
 * C (city civil affairs, reported 2021 only). Every score and rank below is worked out by hand with
 * {@link RubricFileTest#testRubric()}: published 40, consistent 20 (total_mismatch -15 each),
 * appeals 20 (reconsideration_corrected_rate, lower is better, <= 0: 20, <= 0.5: 10, missing: 20),
 * output 20 (proactive_items >= 100: 20, >= 40: 10).
 */
class AssessmentTest extends SparkSessionTest {

  private static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"y\")";
  private static final String JIANGSU = "江苏省";

  @TempDir
  static Path folder;

  private static Lakehouse lakehouse;

  @BeforeAll
  static void lakehouseWithIndicators() {
    lakehouse = new Lakehouse(spark(), folder.resolve("lakehouse").toString());
    lakehouse.createMissingTables();
    Column a2022 = col("agency_key").equalTo(HandMadeReports.A).and(col("year").equalTo(2022));
    Column issue = struct(lit("total_mismatch").as("code"), lit("行政复议: 总计 2 but its parts sum to 3").as("message"));
    Dataset<Row> reports = HandMadeReports.frame(spark())
        .withColumn("issues", when(a2022, array(issue, issue)).otherwise(col("issues")))
        .withColumn("evidence", when(a2022, map(lit("reconsideration_corrected"), lit("结果纠正 1"),
            lit("reconsideration_total"), lit("总计 2"))).otherwise(col("evidence")))
        .withColumn("agency_name", when(col("agency_key").equalTo(HandMadeReports.B), lit(FORMULA_NAME))
            .otherwise(col("agency_name")));
    reports.write().format("delta").mode("append").save(lakehouse.pathOf(LakehouseTable.REPORTS));
    IndicatorsJob.run(lakehouse, true, List.of());
  }

  @Test
  void scoresRanksAndDeductionsAreTheOnesWorkedOutByHandAndARerunReplacesThem() {
    AssessmentRubric rubric = RubricFileTest.testRubric();
    TreeSet<Integer> years = new TreeSet<>(List.of(2022));
    new Assessment(lakehouse, rubric).run(years, Optional.of(JIANGSU));
    AssessmentResult result = new Assessment(lakehouse, rubric).run(years, Optional.of(JIANGSU));

    // A: 40 + 0 (two mismatches: -15, then the 5 left) + 10 (1 of 2 corrected) + 20 (120 items) = 70.
    // B: 40 + 20 + 20 (no reconsideration) + 10 (40 items) = 90.  C: no 2022 report, 0.
    // 2021: A 100, B 90, C 80 (pre2019: 20 for no reconsideration, 0 for no proactive_items).
    assertEquals(List.of(
        "320813/civil_affairs 90.0 true 1/3 city 1 level 1 previous 90.0 #2 change 1",
        "320813/county_government 70.0 true 2/3 city 2 level 1 previous 100.0 #1 change -1",
        "320800/civil_affairs 0.0 false 3/3 city 3 level 1 previous 80.0 #3 change 0"),
        rowsOf(result.scores()).stream().map(AssessmentTest::summary).toList());
    assertEquals(List.of(
        "320800/civil_affairs 1 published 40.0 未找到 2022 年度报告；该机关曾公开 2021 年度报告",
        "320800/civil_affairs 2 consistent 20.0 无 2022 年度报告可供评估",
        "320800/civil_affairs 3 appeals 20.0 无 2022 年度报告可供评估",
        "320800/civil_affairs 4 output 20.0 无 2022 年度报告可供评估",
        "320813/civil_affairs 1 output 10.0 output（proactive_items）为 40，属 ≥ 40 档：得 10 分（满分 20 分，≥ 100 得满分）",
        "320813/county_government 1 consistent 15.0 报告存在问题：合计数与各分项之和不符（total_mismatch）",
        "320813/county_government 2 consistent 5.0 报告存在问题：合计数与各分项之和不符（total_mismatch）",
        "320813/county_government 3 appeals 10.0 复议纠错率（reconsideration_corrected_rate）为 0.5，属 ≤ 0.5 档："
            + "得 10 分（满分 20 分，≤ 0 得满分）"),
        rowsOf(result.deductions()).stream().map(row -> row.getAs("agency_key") + " " + row.getAs("deduction_number") + " "
            + row.getAs("criterion") + " " + row.getAs("points") + " " + row.getAs("reason"))
            .sorted().toList());
    Row appeals = rowsOf(result.deductions()).stream().filter(row -> "appeals".equals(row.getAs("criterion"))
        && HandMadeReports.A.equals(row.getAs("agency_key"))).findFirst().orElseThrow();
    assertEquals("reconsideration_corrected: 结果纠正 1 | reconsideration_total: 总计 2", appeals.getAs("evidence"));

    Dataset<Row> scores = spark().read().format("delta").load(lakehouse.root() + "/assessment_scores")
        .where(col("year").equalTo(2022));
    Dataset<Row> deductions = spark().read().format("delta").load(lakehouse.root() + "/assessment_deductions")
        .where(col("year").equalTo(2022));
    assertEquals(3, scores.where(col("rubric_version").equalTo("1")).count(), "the rerun replaced its rows");
    assertEquals(8, deductions.where(col("rubric_version").equalTo("1")).count());
    new Assessment(lakehouse, new AssessmentRubric(rubric.name(), "2", rubric.totalPoints(), rubric.ties(),
        rubric.criteria())).run(years, Optional.of(JIANGSU));
    assertEquals(3, scores.where(col("rubric_version").equalTo("1")).count(), "another version keeps the first's");
    assertEquals(3, scores.where(col("rubric_version").equalTo("2")).count());
  }

  @Test
  void aYearOrProvinceWithoutReportsIsRefusedWithTheOnesThatHaveThem() {
    assertEquals("No reports of 2030 in the lakehouse; it has reports of 2021, 2022", assertThrows(JobUserError.class,
        () -> AgencyYearReports.requireReports(lakehouse, List.of(2022, 2030), Optional.empty())).getMessage());
    assertEquals("No reports of 江苏 in 2022; the provinces with reports then: 安徽省, 江苏省", assertThrows(JobUserError.class,
        () -> AgencyYearReports.requireReports(lakehouse, List.of(2022), Optional.of("江苏"))).getMessage());
    AgencyYearReports.requireReports(lakehouse, List.of(2021, 2022), Optional.of(JIANGSU));
  }

  @Test
  void tiesAreSharedOrDenseAsTheRubricSays() {
    List<Row> rows = new ArrayList<>();
    String[] keys = {"a", "b", "c", "d"};
    double[] scores = {90, 90, 80, 70};
    for (int i = 0; i < keys.length; i++) {
      rows.add(RowFactory.create("r", "1", 2024, keys[i], keys[i], "finance", "county", "湖南省", "长沙市", null, null,
          true, "2021", scores[i], 100.0, java.util.Map.of(), 0, null));
    }
    Dataset<Row> frame = spark().createDataFrame(rows, AssessmentRankings.unrankedSchema());
    assertEquals(List.of(1, 1, 3, 4), ranks(AssessmentRankings.rank(frame, RubricTies.SHARED)));
    assertEquals(List.of(1, 1, 2, 3), ranks(AssessmentRankings.rank(frame, RubricTies.DENSE)));
  }

  @Test
  void theJobWritesAWorkbookAndCsvThatReadBackAndAreTheSameOnARerun() throws IOException {
    Path output = folder.resolve("out");
    AssessmentResult result = AssessJob.run(lakehouse, RubricFileTest.testRubric(), new TreeSet<>(List.of(2022)),
        Optional.of(JIANGSU), output, List.of("--year", "2022"));
    Path workbookFile = output.resolve("test-1-2022-江苏省.xlsx");
    Path csvFile = output.resolve("test-1-2022-江苏省.csv");
    assertEquals(List.of(workbookFile, csvFile, output.resolve("test-1-2022-江苏省-deductions.csv")), result.files());

    try (InputStream in = Files.newInputStream(workbookFile); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      List<String> sheets = new ArrayList<>();
      workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
      assertEquals(List.of("总表", "淮安市", "扣分明细", "评分标准"), sheets);
      XSSFSheet summary = workbook.getSheet("总表");
      assertEquals(List.of("年度", "省内排名", "排名变化", "机构", "省", "市", "县", "层级", "类型", "市内排名", "同级同类排名", "得分",
          "published (40)", "consistent (20)", "复议纠错率 (20)", "output (20)", "扣分项", "已公开", "上年得分", "上年省内排名", "报告模板",
          "机构编码"), cells(summary.getRow(0)));
      assertTrue(summary.getPaneInformation().isFreezePane());
      assertEquals(CellType.STRING, summary.getRow(1).getCell(3).getCellType(), "a name is text, never a formula");
      assertEquals(FORMULA_NAME, summary.getRow(1).getCell(3).getStringCellValue());
      assertEquals(90.0, summary.getRow(1).getCell(11).getNumericCellValue());
      assertEquals("0.0", summary.getRow(1).getCell(11).getCellStyle().getDataFormatString());
      assertEquals(List.of("2022", "2", "-1", "淮安市洪泽区人民政府", "江苏省", "淮安市", "洪泽区", "county", "county_government", "2",
          "1", "70.0", "40.0", "0.0", "10.0", "20.0", "3", "是", "100.0", "1", "2021", "320813/county_government"),
          cells(summary.getRow(2)));
      assertEquals(4, summary.getLastRowNum() + 1);
      XSSFSheet deductions = workbook.getSheet("扣分明细");
      assertEquals(9, deductions.getLastRowNum() + 1);
      assertEquals(List.of("2022", "淮安市民政局", "江苏省", "淮安市", "1", "published", "40.0",
          "未找到 2022 年度报告；该机关曾公开 2021 年度报告", "2021 年度报告："
              + "/reports/320800-civil_affairs-2021.txt", "320800/civil_affairs"), cells(deductions.getRow(2)));
    }

    byte[] csv = Files.readAllBytes(csvFile);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
    String text = new String(csv, StandardCharsets.UTF_8);
    assertTrue(text.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","), text);
    assertEquals("2022,2,-1,淮安市洪泽区人民政府,江苏省,淮安市,洪泽区,county,county_government,2,1,70,40,0,10,20,3,是,100,1,2021,"
        + "320813/county_government", text.lines().skip(2).findFirst().orElseThrow());

    byte[] workbookBytes = Files.readAllBytes(workbookFile);
    AssessJob.export(result, output);
    assertArrayEquals(csv, Files.readAllBytes(csvFile), "same rows, same CSV bytes");
    assertArrayEquals(workbookBytes, Files.readAllBytes(workbookFile), "same rows, same workbook bytes");
    assertEquals(1, lakehouse.read(LakehouseTable.RUN_LOG).where(col("job").equalTo("assess")).count());
  }

  @Test
  void rowsBeyondASheetsLastRowGoOnInSheetsOfTheSameNameInTheSameOrder() throws IOException {
    Path output = folder.resolve("split");
    AssessmentResult result = new Assessment(lakehouse, RubricFileTest.testRubric())
        .run(new TreeSet<>(List.of(2022)), Optional.of(JIANGSU));
    Path whole = output.resolve("whole.xlsx");
    Path split = output.resolve("split.xlsx");
    AssessmentWorkbook.write(whole, result);
    AssessmentWorkbook.write(split, result, 2);

    try (XSSFWorkbook wholeBook = new XSSFWorkbook(Files.newInputStream(whole));
        XSSFWorkbook splitBook = new XSSFWorkbook(Files.newInputStream(split))) {
      List<String> sheets = new ArrayList<>();
      splitBook.forEach(sheet -> sheets.add(sheet.getSheetName()));
      assertEquals(List.of("总表", "总表 (2)", "淮安市", "淮安市 (2)", "扣分明细", "扣分明细 (2)", "扣分明细 (3)", "扣分明细 (4)",
          "评分标准"), sheets);
      for (String name : List.of("总表", "淮安市", "扣分明细")) {
        List<List<String>> continued = new ArrayList<>();
        for (String sheet : sheets.stream().filter(sheet -> sheet.equals(name) || sheet.startsWith(name + " (")).toList()) {
          XSSFSheet part = splitBook.getSheet(sheet);
          assertEquals(cells(wholeBook.getSheet(name).getRow(0)), cells(part.getRow(0)), sheet + " has the header");
          assertTrue(part.getLastRowNum() <= 2, sheet + " holds at most 2 rows");
          continued.addAll(dataRows(part));
        }
        assertEquals(dataRows(wholeBook.getSheet(name)), continued, name);
      }
    }
  }

  private static List<List<String>> dataRows(XSSFSheet sheet) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      rows.add(cells(sheet.getRow(i)));
    }
    return rows;
  }

  private static List<Row> rowsOf(Iterator<Row> rows) {
    List<Row> list = new ArrayList<>();
    rows.forEachRemaining(list::add);
    return list;
  }

  private static List<Integer> ranks(Dataset<Row> ranked) {
    return ranked.orderBy(col("agency_key")).select("province_rank").collectAsList().stream()
        .map(row -> row.getInt(0)).toList();
  }

  private static List<String> cells(org.apache.poi.ss.usermodel.Row row) {
    org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
    }
    return cells;
  }

  private static String summary(Row row) {
    return row.getAs("agency_key") + " " + row.getAs("score") + " " + row.getAs("published") + " "
        + row.getAs("province_rank") + "/" + row.getAs("province_agencies") + " city " + row.getAs("city_rank")
        + " level " + row.getAs("level_type_rank") + " previous " + row.getAs("previous_score") + " #"
        + row.getAs("previous_province_rank") + " change " + row.getAs("province_rank_change");
  }
}
