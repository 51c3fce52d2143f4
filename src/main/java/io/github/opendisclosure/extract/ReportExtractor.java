package io.github.opendisclosure.extract;

import io.github.opendisclosure.extract.agency.AgencyIdentifier;
import io.github.opendisclosure.extract.agency.AgencyIdentity;
import io.github.opendisclosure.extract.narrative.NarrativeReader;
import io.github.opendisclosure.extract.national.NationalTemplate;
import io.github.opendisclosure.extract.national.NationalTemplateReader;
import io.github.opendisclosure.extract.pre2019.Pre2019TableReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one raw annual report into its {@link ReportRecord}, as an evaluator would read it by hand.
 *
 * <p>The same extractor runs alone from the command line and inside the Spark ingest job; it is
 * thread-safe and never throws for bad input: a file it cannot read becomes a quarantined record
 * with the reason.
 */
public final class ReportExtractor {

  /**
   * Written into every record and document row. Bump it whenever a change makes the extractor read
   * any report differently: ingest then reads every file again, not only the new and changed ones.
   */
  public static final String VERSION = "10";

  private final AgencyIdentifier agencies;
  private final NationalTemplateReader nationalTables = new NationalTemplateReader();
  private final Pre2019TableReader pre2019Table = new Pre2019TableReader();
  private final NarrativeReader narrative = new NarrativeReader();

  private ReportExtractor(AgencyIdentifier agencies) {
    this.agencies = agencies;
  }

  /** One extractor per JVM: the division data is loaded once and shared by every task's threads. */
  public static ReportExtractor shared() {
    return SharedExtractor.INSTANCE;
  }

  private static final class SharedExtractor {
    static final ReportExtractor INSTANCE = withBundledReferenceData();
  }

  /** An extractor that resolves regions with the administrative-division data bundled in the jar. */
  public static ReportExtractor withBundledReferenceData() {
    return new ReportExtractor(AgencyIdentifier.withBundledData());
  }

  /** The record of one document. */
  public ReportRecord extract(SourceDocument document) {
    return read(document).record();
  }

  /** The record of one document and the text it was decoded to (null when it could not be decoded). */
  public ExtractedDocument read(SourceDocument document) {
    byte[] bytes = document.bytes();
    if (bytes.length == 0) {
      return undecoded(quarantined(document, null, QuarantineReason.EMPTY_DOCUMENT, "the file is empty"));
    }
    if (TextDecoder.looksBinary(bytes)) {
      return undecoded(quarantined(document, null, QuarantineReason.BINARY_CONTENT,
          "the file is not text (binary bytes in its first 8 KB)"));
    }
    Optional<DecodedText> decoded = TextDecoder.decode(bytes);
    if (decoded.isEmpty()) {
      return undecoded(quarantined(document, null, QuarantineReason.UNDECODABLE_TEXT,
          "the bytes are neither UTF-8 nor GB18030"));
    }
    String encoding = decoded.get().encoding();
    // Only a page's beginning is read: it bounds what one document costs in time, memory and table space.
    String decodedText = decoded.get().text();
    boolean pageCut = decodedText.length() > ReportTextCleaner.MAX_PAGE_CHARS;
    String page = pageCut ? decodedText.substring(0, ReportTextCleaner.MAX_PAGE_CHARS) : decodedText;
    ReportRecord record;
    try {
      record = extractText(document, page, pageCut, encoding);
    } catch (RuntimeException | StackOverflowError e) {
      // A reader's bug must cost one document, not the batch; the reason names it for a bug report.
      record = quarantined(document, encoding, QuarantineReason.EXTRACTION_FAILED,
          "the extractor failed on this document: " + e);
    }
    return new ExtractedDocument(record, page);
  }

  /**
   * A document's record with the text it was decoded to, cut at {@link ReportTextCleaner#MAX_PAGE_CHARS}
   * characters (null when it could not be decoded).
   */
  public record ExtractedDocument(ReportRecord record, String text) {}

  private static ExtractedDocument undecoded(ReportRecord record) {
    return new ExtractedDocument(record, null);
  }

  private ReportRecord extractText(SourceDocument document, String page, boolean pageCut, String encoding) {
    ReportTextCleaner.CleanedText cleaned = ReportTextCleaner.clean(page);
    ReportText text = cleaned.text();
    if (text.lines().isEmpty()) {
      return quarantined(document, encoding, QuarantineReason.EMPTY_DOCUMENT, "the file holds no readable text");
    }

    MetricReadings readings = new MetricReadings();
    if (pageCut || cleaned.truncated()) {
      readings.addIssue(IssueCode.DOCUMENT_TRUNCATED, "the page is longer than "
          + (pageCut ? ReportTextCleaner.MAX_PAGE_CHARS + " characters with its markup"
              : ReportTextCleaner.MAX_TEXT_CHARS + " characters of text")
          + "; only its beginning was read");
    }
    Optional<Integer> year = ReportYearFinder.find(text, readings);
    if (year.isEmpty()) {
      return quarantined(document, encoding, QuarantineReason.NO_REPORT_YEAR,
          "no year the report covers is named in the text");
    }
    Optional<AgencyIdentity> agency = agencies.identify(text);
    if (agency.isEmpty()) {
      return quarantined(document, encoding, QuarantineReason.NO_AGENCY_NAME,
          "no agency name is found in the title or text");
    }
    agency.get().issues().forEach(readings::addIssue);

    ReportTemplate template = readTables(text, year, readings);
    narrative.read(text, year, agency.map(AgencyIdentity::agencyName), readings);

    AgencyIdentity identity = agency.get();
    LocalDate published = PublicationDateFinder.find(text).orElse(null);
    return new ReportRecord(document.fileName(), document.path(), document.sha256(), document.bytes().length, encoding,
        identity.agencyName(), identity.agencyType(), identity.level(), identity.province(), identity.city(),
        identity.county(), identity.township(), identity.divisionCode(), year.get(), published,
        template.code(), readings.metricsByKey(), readings.applicantBreakdown(), readings.evidenceByKey(),
        readings.issues(), null, VERSION);
  }

  /** Reads the statistics table the report carries and names its template; prose-only reports are narrative. */
  private ReportTemplate readTables(ReportText text, Optional<Integer> year, MetricReadings readings) {
    Optional<ReportTemplate> national = NationalTemplate.detect(text, year);
    if (national.isPresent() && nationalTables.read(text, national.get(), readings)) {
      return national.get();
    }
    if (pre2019Table.read(text, readings)) {
      return ReportTemplate.PRE2019;
    }
    return ReportTemplate.NARRATIVE;
  }

  /** The quarantined record of a file that could not be read at all. */
  public static ReportRecord unreadableFile(String path, String message) {
    return quarantined(new SourceDocument(path, new byte[0]), null, QuarantineReason.UNREADABLE_FILE, message);
  }

  private static ReportRecord quarantined(
      SourceDocument document, String encoding, QuarantineReason reason, String message) {
    return new ReportRecord(document.fileName(), document.path(), document.sha256(), document.bytes().length,
        encoding, null, null, null, null, null, null, null, null, null, null, null, Map.of(), Map.of(), Map.of(),
        List.of(new ExtractionIssue(reason.code(), message)), reason.code(), VERSION);
  }
}
