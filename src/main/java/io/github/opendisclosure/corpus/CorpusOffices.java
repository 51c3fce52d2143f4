package io.github.opendisclosure.corpus;

import io.github.opendisclosure.extract.agency.AdministrativeDivisions;
import io.github.opendisclosure.extract.agency.AdministrativeDivisions.Division;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The offices of a corpus, drawn from the bundled administrative divisions at every level: a few
 * provincial and city offices, many county ones and most of all townships, as in the country. Each
 * (division, kind) appears once, so that two reports never claim the same agency and year.
 */
final class CorpusOffices {

  /** Shares of offices by level; real counts are ~1% province, ~8% city, ~35% county, the rest township. */
  private static final double PROVINCE_SHARE = 0.01;
  private static final double CITY_SHARE = 0.09;
  private static final double COUNTY_SHARE = 0.40;
  /** Of a county's or city's offices, how many are the government itself rather than a department. */
  private static final double GOVERNMENT_SHARE = 0.2;

  private final AdministrativeDivisions divisions;
  private final Map<String, List<Division>> byLevel = new HashMap<>();

  CorpusOffices(AdministrativeDivisions divisions) {
    this.divisions = divisions;
    for (Division division : divisions.all()) {
      if (!division.level().equals("township") || isTownshipName(division.name())) {
        byLevel.computeIfAbsent(division.level(), level -> new ArrayList<>()).add(division);
      }
    }
  }

  /** Real townships are 镇, 乡 and 街道; the data's 直辖村级区划 placeholders are none of them. */
  private static boolean isTownshipName(String name) {
    return name.endsWith("镇") || name.endsWith("乡") || name.endsWith("街道");
  }

  /** {@code count} distinct offices, the same for the same random source state. */
  List<CorpusOffice> draw(int count, SplittableRandom random) {
    List<CorpusOffice> offices = new ArrayList<>(count);
    Set<String> seen = new HashSet<>();
    while (offices.size() < count) {
      CorpusOffice office = drawOne(random);
      if (seen.add(office.divisionCode() + "/" + office.agencyType())) {
        offices.add(office);
      }
    }
    return offices;
  }

  private CorpusOffice drawOne(SplittableRandom random) {
    double level = random.nextDouble();
    String levelName = level < PROVINCE_SHARE ? "province" : level < PROVINCE_SHARE + CITY_SHARE ? "city"
        : level < PROVINCE_SHARE + CITY_SHARE + COUNTY_SHARE ? "county" : "township";
    List<Division> candidates = byLevel.get(levelName);
    Division division = candidates.get(random.nextInt(candidates.size()));
    OfficeKind kind = levelName.equals("township") || random.nextDouble() < GOVERNMENT_SHARE ? OfficeKind.GOVERNMENT
        : OfficeKind.DEPARTMENTS.get(random.nextInt(OfficeKind.DEPARTMENTS.size()));
    return office(division, kind, random);
  }

  private CorpusOffice office(Division division, OfficeKind kind, SplittableRandom random) {
    List<Division> chain = divisions.chain(division);
    String province = named(chain, "province");
    String city = named(chain, "city");
    String county = named(chain, "county");
    String township = named(chain, "township");
    return new CorpusOffice(kind, division.level(), regionName(chain, random), province, city, county, township,
        division.code(), township != null && township.endsWith("街道"));
  }

  /**
   * The region as offices write it: a province or city alone; a district with its city (成都市武侯区)
   * or under a municipality with it (北京市东城区); a county alone when its name is unique in the
   * country (平江县), else with its city; a township after its county (霍邱县城关镇), or after its city
   * and county when the county alone would not tell it.
   */
  private String regionName(List<Division> chain, SplittableRandom random) {
    Division smallest = chain.get(chain.size() - 1);
    if (chain.size() == 1) {
      return smallest.name();
    }
    Division parent = chain.get(chain.size() - 2);
    if (smallest.level().equals("city")) {
      return smallest.name();
    }
    if (smallest.level().equals("county")) {
      boolean unique = divisions.named(smallest.name()).size() == 1;
      return unique && !smallest.name().endsWith("区") && random.nextBoolean() ? smallest.name()
          : parent.name() + smallest.name();
    }
    if (!parent.level().equals("county")) {
      return parent.name() + smallest.name(); // 东莞市东城街道: no county between
    }
    boolean countyUnique = divisions.named(parent.name()).size() == 1;
    if (countyUnique && random.nextBoolean()) {
      return parent.name() + smallest.name();
    }
    Division above = chain.get(chain.size() - 3);
    return above.name() + parent.name() + smallest.name();
  }

  private static String named(List<Division> chain, String level) {
    return chain.stream().filter(d -> d.level().equals(level)).map(Division::name).findFirst().orElse(null);
  }
}
