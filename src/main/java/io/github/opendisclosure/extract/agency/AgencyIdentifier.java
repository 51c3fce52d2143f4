package io.github.opendisclosure.extract.agency;

import io.github.opendisclosure.extract.ExtractionIssue;
import io.github.opendisclosure.extract.IssueCode;
import io.github.opendisclosure.extract.ReportText;
import io.github.opendisclosure.extract.agency.AdministrativeDivisions.Division;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The agency behind a report: its full name as the report states it (the most complete form the
 * text gives: 淮安市洪泽区人民政府 over 洪泽区人民政府), its kind of office and level, and its region
 * from the bundled administrative-division data. A region that cannot be told for sure is left
 * null with an {@code unknown_region} issue, never guessed.
 */
public final class AgencyIdentifier {

  /** How far into the text the longer form of a name is looked for. */
  private static final int COMPLETION_SCAN_CHARS = 50_000;
  /**
   * The government of a township the division data does not hold (平江县城关镇人民政府): townships
   * merged or renamed since a report of 2008 to 2018 was written are left after the region.
   */
  private static final Pattern UNLISTED_TOWNSHIP_GOVERNMENT = Pattern.compile("^(\\p{IsHan}{1,10}[镇乡])人民政府$");

  private final AdministrativeDivisions divisions;
  private final RegionResolver regions;
  private final AgencyNameFinder names;
  private final AgencyTypes types;

  AgencyIdentifier(AdministrativeDivisions divisions, AgencyTypes types) {
    this.divisions = divisions;
    this.regions = new RegionResolver(divisions);
    this.names = new AgencyNameFinder(divisions);
    this.types = types;
  }

  public static AgencyIdentifier withBundledData() {
    return new AgencyIdentifier(AdministrativeDivisions.bundled(), AgencyTypes.bundled());
  }

  /** The identity of the agency that wrote the report, or empty when the text names none. */
  public Optional<AgencyIdentity> identify(ReportText text) {
    return names.find(text).map(stated -> resolve(completeName(stated, text.text()), text));
  }

  /** The identity of a named agency, its region disambiguated by the divisions the text names. */
  public AgencyIdentity resolve(String agencyName, ReportText context) {
    RegionResolver.RegionPrefix prefix = regions.prefixOf(agencyName);
    String office = agencyName.substring(prefix.length());
    List<ExtractionIssue> issues = new ArrayList<>();
    List<Division> candidates = regions.disambiguate(prefix.candidates(), context.text());
    Division division = candidates.size() == 1 ? candidates.get(0) : null;
    if (prefix.isEmpty()) {
      issues.add(ExtractionIssue.of(IssueCode.UNKNOWN_REGION, "no administrative division is named in " + agencyName));
    } else if (division == null) {
      issues.add(ExtractionIssue.of(IssueCode.UNKNOWN_REGION, agencyName + " may be in any of "
          + candidates.stream().map(this::describe).collect(Collectors.joining(", "))));
    }
    String level = division == null ? commonLevel(candidates) : division.level();
    Matcher unlistedTownship = UNLISTED_TOWNSHIP_GOVERNMENT.matcher(office);
    if (unlistedTownship.matches()) {
      level = "township";
      issues.add(ExtractionIssue.of(IssueCode.UNKNOWN_REGION, "the township " + unlistedTownship.group(1) + " of "
          + agencyName + " is not in the administrative-division data"));
    }
    String agencyType = office.isEmpty() ? types.typeOf("人民政府", level) : types.typeOf(office, level);
    if (agencyType.equals(AgencyTypes.UNKNOWN)) {
      issues.add(ExtractionIssue.of(IssueCode.UNKNOWN_AGENCY_TYPE, "the kind of office of " + agencyName + " is not known"));
    }
    List<Division> chain = division == null ? List.of() : divisions.chain(division);
    return new AgencyIdentity(agencyName, agencyType, level, named(chain, "province"), named(chain, "city"),
        named(chain, "county"), named(chain, "township"), division == null ? null : division.code(),
        List.copyOf(issues));
  }

  /**
   * The most complete form of a stated name: a region the text writes before it is prepended
   * (城关镇 → 霍邱县城关镇), and a bare division gets the office a division's report comes from.
   */
  String completeName(String stated, String text) {
    String scanned = text.length() > COMPLETION_SCAN_CHARS ? text.substring(0, COMPLETION_SCAN_CHARS) : text;
    String name = stated;
    for (String longer = longerForm(name, scanned); longer != null; longer = longerForm(name, scanned)) {
      name = longer;
    }
    RegionResolver.RegionPrefix prefix = regions.prefixOf(name);
    if (!prefix.isEmpty() && prefix.length() == name.length()) {
      name += name.endsWith("街道") ? "办事处" : "人民政府";
    }
    return name;
  }

  /** The name with the longest enclosing division the text writes right before it, or null. */
  private String longerForm(String name, String text) {
    String longest = null;
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (at == 0 || !divisions.isLastCharacterOfAName(text.charAt(at - 1))) {
        continue;
      }
      for (int length = Math.min(divisions.longestName(), at); length >= 2; length--) {
        String before = text.substring(at - length, at);
        if (divisions.named(before).isEmpty()) {
          continue;
        }
        String candidate = before + name;
        if (regions.prefixOf(candidate).length() > length && (longest == null || candidate.length() > longest.length())) {
          longest = candidate;
        }
      }
    }
    return longest;
  }

  private String describe(Division division) {
    return divisions.chain(division).stream().map(Division::name).collect(Collectors.joining()) + " (" + division.code() + ")";
  }

  private static String commonLevel(List<Division> candidates) {
    List<String> levels = candidates.stream().map(Division::level).distinct().toList();
    return levels.size() == 1 ? levels.get(0) : null;
  }

  private static String named(List<Division> chain, String level) {
    return chain.stream().filter(division -> division.level().equals(level)).map(Division::name).findFirst().orElse(null);
  }
}
