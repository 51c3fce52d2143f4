package io.github.opendisclosure.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.opendisclosure.testing.SampleRefresh;
import io.github.opendisclosure.testing.SparkSessionTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The dashboard built from the bundled sample reports, in Debian's headless Chromium: no console error,
 * every chart drew a series with data, a filter changes the table and the charts, and a screenshot is
 * saved as target/dashboard-screenshot.png. A page with hostile agency names runs no injected script and
 * shows the names as text; one whose export is above the evidence limit says where the evidence is. Skipped without Chromium and its driver, unless CI=true or
 * DISCLOSURE_REQUIRE_BROWSER=1 (as .ci/run sets) says it must run.
 */
class DashboardPageBrowserTest extends SparkSessionTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String INSTALL = "apt-get install chromium chromium-driver fonts-noto-cjk";
  private static final Path SCREENSHOT = Path.of("target/dashboard-screenshot.png");
  private static final Duration PAGE_READY = Duration.ofSeconds(60);

  @TempDir
  Path folder;

  @Test
  void theSampleDashboardDrawsEveryChartWithoutErrorsAndItsFiltersChangeWhatIsShown() throws Exception {
    requireBrowser();
    Path page = SampleRefresh.once(spark()).first().publication().folder().resolve(DashboardFiles.PAGE);
    Path hostilePage = DashboardFiles.publish(DashboardPageTest.hostileData(), folder.resolve("hostile"))
        .folder().resolve(DashboardFiles.PAGE);
    Path leftOutPage = DashboardFiles.publish(DashboardPageTest.hostileData(), folder.resolve("left-out"), 1)
        .folder().resolve(DashboardFiles.PAGE);

    ChromeDriver browser = start();
    try {
      open(browser, page);
      assertEquals(List.of(), severeConsoleEntries(browser), "the page logged errors");
      List<String> charts = strings(browser.executeScript(
          "return Array.from(document.querySelectorAll('.chart')).map(function (element) { return element.id; });"));
      assertEquals(7, charts.size(), charts.toString());
      for (String chart : charts) {
        Object drawn = browser.executeScript("var element = document.getElementById(arguments[0]);"
            + "var chart = echarts.getInstanceByDom(element);"
            + "if (!chart || !element.querySelector('canvas')) { return 'not drawn'; }"
            + "var series = chart.getOption().series;"
            + "return series.length > 0 && series.every(function (s) { return s.data.length > 0; }) ? 'drawn' : 'no data';",
            chart);
        assertEquals("drawn", drawn, chart);
      }
      assertTrue(browser.findElement(By.tagName("header")).getText().contains("数据截至"));
      String rowsScript = "return document.querySelectorAll('#agency-table tbody tr.agency-row').length;";
      String zeroCategories = "return JSON.stringify(echarts.getInstanceByDom(document.getElementById('chart-zero'))"
          + ".getOption().xAxis[0].data);";
      long allRows = (Long) browser.executeScript(rowsScript);
      Object allProvinces = browser.executeScript(zeroCategories);
      Files.createDirectories(SCREENSHOT.getParent());
      Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));

      browser.findElement(By.id("filter-province")).click();
      browser.findElement(By.xpath("//select[@id='filter-province']/option[text()='江苏省']")).click();

      long jiangsuRows = (Long) browser.executeScript(rowsScript);
      assertEquals(8, allRows, "the sample's eight reports");
      assertEquals(3, jiangsuRows, "the three reports of 淮安");
      assertNotEquals(allProvinces, browser.executeScript(zeroCategories), "the chart did not follow the filter");
      browser.findElement(By.cssSelector("#agency-table tbody tr.agency-row button.evidence-toggle")).click();
      assertTrue(browser.findElement(By.cssSelector("#agency-table tbody tr.evidence-row")).getText()
          .contains("本年新收申请"), "the evidence of the first agency");
      assertEquals(List.of(), severeConsoleEntries(browser), "the filter logged errors");

      open(browser, hostilePage);
      assertEquals(null, browser.executeScript("return window.injected === undefined ? null : window.injected;"),
          "a script in an agency's name ran");
      assertTrue(browser.findElement(By.id("agency-table")).getText().contains(DashboardPageTest.SCRIPT_NAME));
      assertEquals(List.of(), severeConsoleEntries(browser), "the hostile page logged errors");

      open(browser, leftOutPage);
      String where = "见导出目录 20261201T200000Z 中的 evidence.csv 或 evidence.json";
      assertTrue(browser.findElement(By.id("table-hint")).getText().contains("原文依据共 1 条"),
          browser.findElement(By.id("table-hint")).getText());
      assertTrue(browser.findElement(By.id("table-hint")).getText().contains(where));
      browser.findElement(By.cssSelector("#agency-table tbody tr.agency-row button.evidence-toggle")).click();
      String evidence = browser.findElement(By.cssSelector("#agency-table tbody tr.evidence-row")).getText();
      assertTrue(evidence.contains(where) && evidence.contains("机构代码 name/"), evidence);
      assertEquals(List.of(), severeConsoleEntries(browser), "the page without evidence logged errors");
    } finally {
      browser.quit();
    }
  }

  private void requireBrowser() {
    boolean required = "true".equals(System.getenv("CI")) || "1".equals(System.getenv("DISCLOSURE_REQUIRE_BROWSER"));
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (required) {
      assertTrue(present, "CI needs " + CHROMIUM + " and " + CHROMEDRIVER + " for the dashboard test: " + INSTALL);
    }
    assumeTrue(present, CHROMIUM + " or " + CHROMEDRIVER + " not found: the dashboard's browser test is not run ("
        + INSTALL + ", or set DISCLOSURE_REQUIRE_BROWSER=1 to fail)");
  }

  /** Debian's Chromium and driver, named explicitly, so Selenium never looks for or downloads a browser. */
  private ChromeDriver start() {
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1440,2500", "--user-data-dir=" + folder.resolve("chromium-profile"));
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    return new ChromeDriver(service, options);
  }

  /** Opens the page and waits until its script has drawn everything (or failed, which the console shows). */
  private static void open(ChromeDriver browser, Path page) throws InterruptedException {
    browser.get(page.toAbsolutePath().toUri().toString());
    long deadline = System.nanoTime() + PAGE_READY.toNanos();
    while (!"true".equals(browser.executeScript("return document.body.dataset.ready;"))
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertEquals("true", browser.executeScript("return document.body.dataset.ready;"),
        "the page's script did not finish: " + severeConsoleEntries(browser));
  }

  private static List<String> severeConsoleEntries(ChromeDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::toString).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object list) {
    return (List<String>) list;
  }
}
