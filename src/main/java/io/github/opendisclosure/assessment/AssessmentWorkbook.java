package io.github.opendisclosure.assessment;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * The evaluators' workbook: a summary sheet of every agency-year by province rank, one sheet per city
 * by city rank, the deductions with their reasons and evidence, and the rubric. Headers are bold, frozen
 * and filterable; scores have one decimal, ranks none. Cells are written as values only, never formulas.
 * Streamed (SXSSF): a few hundred rows are held at a time, so a country's years fit in a small heap.
 */
public final class AssessmentWorkbook {

  /** Excel caps a cell at 32,767 characters; longer evidence is cut and says so. */
  private static final int MAX_CELL_CHARACTERS = 32_000;

  private static final LocalDateTime FIXED_ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  /**
   * The city sheet an agency-year goes on: its city's, or its province's for offices without a city
   * (province-level offices, and those of 北京市 and the other municipalities).
   */
  private static final Column CITY_SHEET_NAME = coalesce(col("city"), col("province"), lit("未知地区"));
  private static final String CITY_SHEET = "city_sheet";

  private AssessmentWorkbook() {}

  public static void write(Path file, AssessmentResult result) throws IOException {
    write(file, result, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
  }

  /** As {@link #write(Path, AssessmentResult)}, with at most {@code lastRowNumber} rows under each sheet's header. */
  static void write(Path file, AssessmentResult result, int lastRowNumber) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path document = Files.createTempFile(file.toAbsolutePath().getParent(), ".assessment-", ".xlsx");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      List<ScoreSheetColumn> scoreColumns = ScoreSheetColumn.scores(result.rubric());
      Sheets sheets = new Sheets(workbook, styles, lastRowNumber);
      writeSheet(new SheetRows(sheets, "总表", scoreColumns), result.scores());
      writeCitySheets(sheets, scoreColumns, result.scoresGroupedBy(CITY_SHEET, CITY_SHEET_NAME, col("year"),
          col("city_rank"), col("agency_name"), col("agency_key")));
      writeSheet(new SheetRows(sheets, "扣分明细", ScoreSheetColumn.deductions()), result.deductions());
      rubricSheet(workbook, sheets.uniqueName("评分标准"), result.rubric(), styles);
      // Reruns on the same data give the same bytes: no creation time in the document's properties,
      // and (below) no write time on the zip entries.
      workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
      try (OutputStream out = Files.newOutputStream(document)) {
        workbook.write(out);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        withFixedEntryTimes(document, out);
      }
    } finally {
      Files.deleteIfExists(document);
    }
  }

  /**
   * The .xlsx zip with every entry's time set to one fixed moment; POI stamps them with the current time.
   * Read through the zip's central directory: the streamed workbook's entries give their sizes only there.
   */
  private static void withFixedEntryTimes(Path xlsx, OutputStream out) throws IOException {
    try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry : java.util.Collections.list(in.entries())) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(FIXED_ENTRY_TIME);
        zip.putNextEntry(copy);
        try (InputStream content = in.getInputStream(entry)) {
          content.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
  }

  /** One sheet per city, by city rank, from the rows sorted by {@link #CITY_SHEET}: a sheet ends where its city does. */
  private static void writeCitySheets(Sheets sheets, List<ScoreSheetColumn> columns, Iterator<Row> byCity) {
    if (!byCity.hasNext()) {
      return;
    }
    Row row = byCity.next();
    SheetRows city = new SheetRows(sheets, row.getAs(CITY_SHEET), columns);
    city.add(row);
    while (byCity.hasNext()) {
      row = byCity.next();
      if (!city.name().equals(row.getAs(CITY_SHEET))) {
        city.finish();
        city = new SheetRows(sheets, row.getAs(CITY_SHEET), columns);
      }
      city.add(row);
    }
    city.finish();
  }

  private static void writeSheet(SheetRows sheet, Iterator<Row> rows) {
    while (rows.hasNext()) {
      sheet.add(rows.next());
    }
    sheet.finish();
  }

  /** What the sheets of one workbook share: the workbook, its styles, the names taken and the row limit. */
  private record Sheets(SXSSFWorkbook workbook, Styles styles, int lastRowNumber, Set<String> names) {

    Sheets(SXSSFWorkbook workbook, Styles styles, int lastRowNumber) {
      this(workbook, styles, lastRowNumber, new HashSet<>());
    }

    /** A sheet name not taken yet: {@code wanted} made safe, else with " (2)", " (3)"... */
    String uniqueName(String wanted) {
      String base = WorkbookUtil.createSafeSheetName(wanted);
      String name = base;
      for (int n = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
        String suffix = " (" + n + ")";
        name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
      }
      return name;
    }
  }

  /**
   * The rows of one sheet, written as they come. Past Excel's last row (1,048,576) they go on in a sheet
   * of the same name with " (2)", " (3)"...: a country's years of deductions do not fit in one sheet.
   * A finished sheet's rows leave memory for SXSSF's temporary file.
   */
  private static final class SheetRows {

    private final Sheets sheets;
    private final String name;
    private final List<ScoreSheetColumn> columns;
    private SXSSFSheet sheet;
    private int rowNumber;

    SheetRows(Sheets sheets, String name, List<ScoreSheetColumn> columns) {
      this.sheets = sheets;
      this.name = name;
      this.columns = columns;
      start();
    }

    String name() {
      return name;
    }

    void add(Row row) {
      if (rowNumber > sheets.lastRowNumber()) {
        finish();
        start();
      }
      Styles styles = sheets.styles();
      org.apache.poi.ss.usermodel.Row sheetRow = sheet.createRow(rowNumber++);
      for (int i = 0; i < columns.size(); i++) {
        ScoreSheetColumn column = columns.get(i);
        Object value = column.value().apply(row);
        if (value == null) {
          continue;
        }
        Cell cell = sheetRow.createCell(i);
        switch (column.kind()) {
          case TEXT -> {
            String text = value.toString();
            cell.setCellValue(text.length() > MAX_CELL_CHARACTERS
                ? text.substring(0, MAX_CELL_CHARACTERS) + " …(cut)" : text);
          }
          case WHOLE_NUMBER -> {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.wholeNumber);
          }
          case POINTS -> {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.points);
          }
        }
      }
    }

    void finish() {
      for (int i = 0; i < columns.size(); i++) {
        sheet.setColumnWidth(i, columnWidth(columns.get(i)));
      }
      if (rowNumber > 1) {
        sheet.setAutoFilter(new CellRangeAddress(0, rowNumber - 1, 0, columns.size() - 1));
      }
      try {
        sheet.flushRows();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the workbook's temporary file of sheet " + name, e);
      }
    }

    private void start() {
      sheet = sheets.workbook().createSheet(sheets.uniqueName(name));
      header(sheet, columns.stream().map(ScoreSheetColumn::heading).toList(), sheets.styles());
      rowNumber = 1;
    }
  }

  private static void rubricSheet(Workbook workbook, String name, AssessmentRubric rubric, Styles styles) {
    Sheet sheet = workbook.createSheet(name);
    header(sheet, List.of("评分项", "编号", "类型", "分值"), styles);
    int rowNumber = 1;
    for (Criterion criterion : rubric.criteria()) {
      org.apache.poi.ss.usermodel.Row row = sheet.createRow(rowNumber++);
      row.createCell(0).setCellValue(criterion.label());
      row.createCell(1).setCellValue(criterion.id());
      row.createCell(2).setCellValue(criterion.kind());
      Cell weight = row.createCell(3);
      weight.setCellValue(criterion.weight());
      weight.setCellStyle(styles.points);
    }
    org.apache.poi.ss.usermodel.Row footer = sheet.createRow(rowNumber + 1);
    footer.createCell(0).setCellValue("评分标准 " + rubric.label() + ", 满分 "
        + ThresholdCriterion.format(rubric.totalPoints()) + ", 并列名次: " + rubric.ties().confName());
    sheet.setColumnWidth(0, 20 * 256);
    sheet.setColumnWidth(1, 16 * 256);
    sheet.setColumnWidth(2, 44 * 256);
  }

  private static void header(Sheet sheet, List<String> headings, Styles styles) {
    org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
    for (int i = 0; i < headings.size(); i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(headings.get(i));
      cell.setCellStyle(styles.header);
    }
    sheet.createFreezePane(0, 1);
  }

  /** Widths in 1/256 of a character; CJK characters are about two wide. Fixed, not measured, so no fonts are needed. */
  private static int columnWidth(ScoreSheetColumn column) {
    int headingWidth = column.heading().codePointCount(0, column.heading().length()) * 2 + 2;
    int contentWidth = switch (column.heading()) {
      case "机构" -> 28;
      case "原因" -> 60;
      case "依据" -> 80;
      case "机构编码" -> 30;
      default -> column.kind() == ScoreSheetColumn.Kind.TEXT ? 14 : 8;
    };
    return Math.min(255, Math.max(headingWidth, contentWidth)) * 256;
  }

  /** The few cell styles the sheets share (a workbook holds a limited number of styles). */
  private static final class Styles {
    final CellStyle header;
    final CellStyle wholeNumber;
    final CellStyle points;

    Styles(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      wholeNumber = workbook.createCellStyle();
      wholeNumber.setDataFormat(workbook.createDataFormat().getFormat("0"));
      points = workbook.createCellStyle();
      points.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
    }
  }
}
