package io.github.opendisclosure.corpus;

import java.util.List;

/**
 * A kind of government office the corpus draws: the name it carries after its region, by the
 * report year (offices were renamed in the 2018 reform: 国土资源局 became 自然资源局), the
 * {@code agency_type} the extractor gives it, the levels it exists at, and how it calls itself.
 */
enum OfficeKind {
  GOVERNMENT("人民政府", "人民政府", null, "government", false, "我区"),
  GOVERNMENT_OFFICE("人民政府办公室", "人民政府办公室", "人民政府办公厅", "government_office", false, "我办"),
  NATURAL_RESOURCES("自然资源和规划局", "国土资源局", "自然资源厅", "natural_resources", true, "我局"),
  HOUSING("住房和城乡建设局", "住房和城乡建设局", "住房和城乡建设厅", "housing_construction", true, "我局"),
  PUBLIC_SECURITY("公安局", "公安局", "公安厅", "public_security", true, "我局"),
  CIVIL_AFFAIRS("民政局", "民政局", "民政厅", "civil_affairs", false, "我局"),
  FINANCE("财政局", "财政局", "财政厅", "finance", false, "我局"),
  EDUCATION("教育局", "教育局", "教育厅", "education", false, "我局"),
  HEALTH("卫生健康委员会", "卫生和计划生育委员会", "卫生健康委员会", "health", false, "我委"),
  HUMAN_RESOURCES("人力资源和社会保障局", "人力资源和社会保障局", "人力资源和社会保障厅",
      "human_resources_social_security", false, "我局"),
  TRANSPORT("交通运输局", "交通运输局", "交通运输厅", "transport", false, "我局"),
  ECOLOGY("生态环境局", "环境保护局", "生态环境厅", "ecology_environment", false, "我局"),
  MARKET_REGULATION("市场监督管理局", "工商行政管理局", "市场监督管理局", "market_regulation", false, "我局"),
  DEVELOPMENT_REFORM("发展和改革委员会", "发展和改革委员会", "发展和改革委员会", "development_reform", false, "我委");

  /** The kinds below the township: a 镇 or 乡 has its government, a 街道 its office. */
  static final List<OfficeKind> DEPARTMENTS = List.of(GOVERNMENT_OFFICE, NATURAL_RESOURCES, HOUSING,
      PUBLIC_SECURITY, CIVIL_AFFAIRS, FINANCE, EDUCATION, HEALTH, HUMAN_RESOURCES, TRANSPORT, ECOLOGY,
      MARKET_REGULATION, DEVELOPMENT_REFORM);

  /** The year of the State Council's reorganisation, from which reports carry the new names. */
  private static final int RENAMING_YEAR = 2019;

  private final String currentName;
  private final String formerName;
  private final String provincialName;
  private final String agencyType;
  private final boolean busy;
  private final String selfReference;

  OfficeKind(String currentName, String formerName, String provincialName, String agencyType, boolean busy,
      String selfReference) {
    this.currentName = currentName;
    this.formerName = formerName;
    this.provincialName = provincialName;
    this.agencyType = agencyType;
    this.busy = busy;
    this.selfReference = selfReference;
  }

  /** The office's name after its region in a report on {@code year}, at {@code level}. */
  String officeName(String level, int year) {
    if (level.equals("province") && provincialName != null) {
      return provincialName;
    }
    if (this == NATURAL_RESOURCES && !level.equals("city") && year >= RENAMING_YEAR) {
      return "自然资源局"; // only cities merged 规划 into the new bureau
    }
    if (this == HEALTH && level.equals("county") && year >= RENAMING_YEAR) {
      return "卫生健康局";
    }
    return year >= RENAMING_YEAR ? currentName : formerName;
  }

  /** The {@code agency_type} key; a government's depends on its level (county_government, ...). */
  String agencyType(String level) {
    return agencyType.equals("government") ? level + "_government" : agencyType;
  }

  /** Land, housing and public-security offices are the ones that receive thousands of requests. */
  boolean busy() {
    return busy;
  }

  String selfReference(String level) {
    if (this == GOVERNMENT) {
      return level.equals("province") ? "我省" : level.equals("city") ? "我市" : "本级政府";
    }
    return level.equals("province") && selfReference.equals("我局") ? "我厅" : selfReference;
  }
}
