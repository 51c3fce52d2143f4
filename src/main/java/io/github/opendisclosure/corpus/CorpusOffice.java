package io.github.opendisclosure.corpus;

/**
 * One office of the corpus: a kind of office in one division, with the divisions it belongs to as
 * the extractor should resolve them.
 *
 * @param regionName  the region as the office's name writes it before the office (岳阳市平江县)
 * @param divisionCode GB/T 2260 code of its smallest division (9 digits for a township)
 */
record CorpusOffice(OfficeKind kind, String level, String regionName, String province, String city,
    String county, String township, String divisionCode, boolean subdistrict) {

  /** The full name a report on {@code year} gives it: 岳阳市平江县民政局, 霍邱县城关镇人民政府. */
  String name(int year) {
    if (level.equals("township")) {
      return regionName + (subdistrict ? "办事处" : "人民政府");
    }
    return regionName + kind.officeName(level, year);
  }

  String agencyType() {
    if (level.equals("township")) {
      return subdistrict ? "subdistrict_office" : "township_government";
    }
    return kind.agencyType(level);
  }

  /** How the report calls its author: 我局, 我委, 本街道, 我镇. */
  String selfReference() {
    if (level.equals("township")) {
      return subdistrict ? "本街道" : township.endsWith("乡") ? "我乡" : "我镇";
    }
    return kind.selfReference(level);
  }

  /** Which of the request distributions applies. */
  boolean busy() {
    return !level.equals("township") && kind.busy();
  }
}
