package io.github.opendisclosure.extract.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.opendisclosure.extract.ExtractionIssue;
import io.github.opendisclosure.extract.ReportExtractor;
import io.github.opendisclosure.extract.ReportMetric;
import io.github.opendisclosure.extract.ReportRecord;
import io.github.opendisclosure.extract.ReportText;
import io.github.opendisclosure.extract.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgencyIdentifierTest {

  private static final AgencyIdentifier IDENTIFIER = AgencyIdentifier.withBundledData();

  @Test
  void aCountyBureauResolvesToItsProvinceCityAndCounty() {
    assertEquals(identity("平江县民政局", "civil_affairs", "county", "湖南省", "岳阳市", "平江县", null, "430626"),
        identify("本报告可以在平江县政府门户网上下载。如对本年度报告有任何疑问,请联系:平江县民政局办公室,电话6282639。"));
  }

  @Test
  void aDistrictOfAMunicipalityHasNoCity() {
    assertEquals(identity("北京市东城区民政局", "civil_affairs", "county", "北京市", null, "东城区", null, "110101"),
        identify("本报告是根据《中华人民共和国政府信息公开条例》要求,由北京市东城区民政局编制的2017年度政府信息公开工作年度报告。"));
  }

  @Test
  void aTownshipNamedOnlyByItselfInTheTitleTakesItsCountyFromTheNavigation() {
    assertEquals(identity("霍邱县城关镇人民政府", "township_government", "township", "安徽省", "六安市", "霍邱县", "城关镇", "341522100"),
        identify("网站首页 > 信息公开 >霍邱县城关镇信息公开年报\n城关镇2017年度政务公开工作总结报告\n浏览次数:"));
  }

  @Test
  void aTownshipTheDataDoesNotHoldIsStillATownshipGovernment() {
    // 平江县 has no 城关镇 in the 2023 data: townships merged or renamed since 2008 read as the county's government.
    AgencyIdentity township = identify("平江县城关镇人民政府2012年政府信息公开工作年度报告");
    assertEquals("平江县城关镇人民政府", township.agencyName());
    assertEquals("township_government", township.agencyType());
    assertEquals("township", township.level());
    assertEquals("平江县", township.county());
    assertEquals(null, township.township());
    assertEquals("430626", township.divisionCode());
    assertEquals(List.of("unknown_region"), township.issues().stream().map(ExtractionIssue::code).toList());
  }

  @Test
  void aDivisionNamedLikeItsParentIsTheParentWhenTheNameIsWrittenOnce() {
    // The data has a 金门县 township inside 金门县 and a 嘉峪关市 county inside 嘉峪关市 (found by the generated corpus).
    assertEquals(identity("泉州市金门县民政局", "civil_affairs", "county", "福建省", "泉州市", "金门县", null, "350527"),
        identify("泉州市金门县民政局2016年政府信息公开工作年度报告"));
    assertEquals(identity("嘉峪关市财政局", "finance", "city", "甘肃省", "嘉峪关市", null, null, "620200"),
        identify("嘉峪关市财政局2016年政府信息公开工作年度报告"));
    assertEquals(identity("嘉峪关市嘉峪关市财政局", "finance", "county", "甘肃省", "嘉峪关市", "嘉峪关市", null, "620201"),
        identify("嘉峪关市嘉峪关市财政局2016年政府信息公开工作年度报告"));
  }

  @Test
  void aTownshipTheDataWritesWithAHyphenIsNamedWhole() {
    // 321203007: the generated 100,000-report corpus had every report of this office quarantined without an agency.
    AgencyIdentity expected = identity("高港区化学新材料产业园-沿江街道办事处", "subdistrict_office", "township", "江苏省",
        "泰州市", "高港区", "化学新材料产业园-沿江街道", "321203007");
    assertEquals(expected, identify("首页 > 政务公开 > 政府信息公开年报\n"
        + "高港区化学新材料产业园-沿江街道办事处2012年政府信息公开工作年度报告\n本报告由高港区化学新材料产业园-沿江街道办事处编制。"));
    assertEquals(expected, identify("2012年政府信息公开工作年度报告\n本报告由高港区化学新材料产业园-沿江街道办事处编制。"));
  }

  @Test
  void theReportOfSuchATownshipIsReadNotQuarantined() {
    String report = "高港区化学新材料产业园-沿江街道办事处2012年政府信息公开工作年度报告\n"
        + "本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。\n"
        + "全年共主动公开政府信息73条。\n全年共收到政府信息公开申请1件。\n";
    ReportRecord record = extracted("yanjiang-2012.txt", report);
    assertFalse(record.isQuarantined(), record.issues().toString());
    assertEquals("321203007", record.divisionCode());
    assertEquals(2012, record.year());
    assertEquals(73, record.metric(ReportMetric.PROACTIVE_ITEMS).intValue());
    assertEquals(1, record.metric(ReportMetric.REQUESTS_RECEIVED).intValue());
  }

  @Test
  void aTitleDatedInChineseNumeralsNamesTheAgencyAndTheYear() {
    // The title went unmatched, so the office that compiled the report (人民政府办公室) was taken for its author.
    String report = "淮安市人民政府\n二〇二四年政府信息公开工作年度报告\n"
        + "本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》规定编制。\n全年共收到政府信息公开申请5件。\n";
    ReportRecord record = extracted("huaian-2024.txt", report);
    assertEquals("淮安市人民政府", record.agencyName());
    assertEquals(2024, record.year());
  }

  @Test
  void aHyphenOutsideSuchADivisionStillEndsAName() {
    assertEquals("平江县民政局", identify("首页-信息公开-平江县民政局2017年政府信息公开工作年度报告\n"
        + "平江县民政局2017年政府信息公开工作年度报告").agencyName());
  }

  @Test
  void aTownshipTheDataWritesWithFullWidthBracketsIsFoundInTheFoldedText() {
    // The data writes （工业园区）城南街道; the text the extractor reads has NFKC's ASCII brackets.
    AgencyIdentity expected = identity("洮北区(工业园区)城南街道办事处", "subdistrict_office", "township", "吉林省",
        "白城市", "洮北区", "（工业园区）城南街道", "220802006");
    assertEquals(expected, identify("洮北区（工业园区）城南街道办事处2019年政府信息公开工作年度报告"));
    assertEquals(expected, identify("2019年政府信息公开工作年度报告\n本报告由洮北区（工业园区）城南街道办事处编制。"));
  }

  @Test
  void aCityBureauFromItsTitleInThePageMetadata() {
    assertEquals(identity("阜阳市民政局", "civil_affairs", "city", "安徽省", "阜阳市", null, null, "341200"),
        identify("名 称: 阜阳市民政局2017年度政府信息公开工作年度报告 信息来源: 市民政局"));
  }

  @Test
  void aReportThatSaysOnlyWeTakesTheNameOfItsOwnDocuments() {
    assertEquals(identity("武定县民政局", "civil_affairs", "county", "云南省", "楚雄彝族自治州", "武定县", null, "532329"),
        identify("我局将政府信息依申请公开窗口设在局办公室,已公开受理机构的名称。\n"
            + "结合我局实际,特制定《武定县民政局全面推进政务公开工作实施细则》。\n"
            + "设立《武定县民政局政务公开政府信息公开工作领导小组》。"));
  }

  @Test
  void aProvincialDepartmentThatSaysOnlyWe() {
    assertEquals(identity("浙江省财政厅", "finance", "province", "浙江省", null, null, null, "330000"),
        identify("我厅认真贯彻《条例》,印发《浙江省财政厅政务公开工作要点》,修订《浙江省财政厅依申请公开工作规程》。"));
  }

  @Test
  void aTitleSplitOverTwoLinesAndItsShorterAndLongerForms() {
    AgencyIdentity expected = identity("淮安市洪泽区人民政府", "county_government", "county", "江苏省", "淮安市", "洪泽区", null, "320813");
    assertEquals(expected, identify("淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室根据"));
    assertEquals(expected, identify("洪泽区人民政府\n2023 年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室根据"));
  }

  @Test
  void aTitleAboutTheReportNamesTheOfficeBeforeOrAfterAbout() {
    // A tester's titles gave 关于, 芜湖市统计局关于 and 桐庐县人民政府办公室关于公布 as names.
    AgencyIdentity statistics = identity("芜湖市统计局", "statistics", "city", "安徽省", "芜湖市", null, null, "340200");
    assertEquals(statistics, identify("芜湖市统计局关于2022年度政府信息公开工作情况的报告"));
    assertEquals(statistics, identify("关于芜湖市统计局2022年度政府信息公开工作情况的报告"));
    assertEquals("桐庐县人民政府办公室", identify("桐庐县人民政府办公室关于公布2022年政府信息公开工作年度报告的通知").agencyName());
    assertEquals("桐庐县人民政府办公室", identify("桐庐县人民政府办公室关于印发2022年政府信息公开工作年度报告的通知").agencyName());
  }

  @Test
  void aTitleThatNamesTheOfficeAfterTheYear() {
    assertEquals(identity("芜湖市统计局", "statistics", "city", "安徽省", "芜湖市", null, null, "340200"),
        identify("2022年度芜湖市统计局政府信息公开工作年度报告"));
    assertEquals("芜湖市统计局", identify("关于公布2022年度芜湖市统计局政府信息公开工作年度报告的通知").agencyName());
  }

  @Test
  void aTitleThatNamesNoOfficeLeavesItToTheOpeningSentence() {
    assertEquals("芜湖市统计局", identify("关于2022年度政府信息公开工作情况的报告\n"
        + "根据《中华人民共和国政府信息公开条例》规定,现将芜湖市统计局2022年度政府信息公开工作情况报告如下。").agencyName());
    assertEquals(Optional.empty(), IDENTIFIER.identify(text("关于2022年度政府信息公开工作情况的报告\n"
        + "2022年,我局共收到政府信息公开申请5件,均按时答复。")));
  }

  @Test
  void aTitleWithoutAYearNamesTheOfficeTheBodyDates() {
    // Reports of 2008 to 2018 often left the year to the statistics period; they were quarantined without an agency.
    String report = "平江县民政局政府信息公开工作年度报告\n"
        + "本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n全年共受理政府信息公开申请5件。\n";
    ReportRecord record = extracted("pingjiang-undated.txt", report);
    assertFalse(record.isQuarantined(), record.issues().toString());
    assertEquals("平江县民政局", record.agencyName());
    assertEquals(2014, record.year());
    assertEquals("武定县人民政府办公室", identify("武定县人民政府办公室政务公开工作年度报告\n本年度...").agencyName());
    assertEquals(Optional.empty(), IDENTIFIER.identify(text("我们学习了平江县民政局政府信息公开工作年度报告的做法。")));
  }

  @Test
  void aCityGovernment() {
    assertEquals(identity("淮安市人民政府", "city_government", "city", "江苏省", "淮安市", null, null, "320800"),
        identify("淮安市人民政府\n2024 年政府信息公开工作年度报告"));
  }

  @Test
  void anAmbiguousDistrictIsResolvedByTheDivisionsTheTextNamesOrLeftUnknown() {
    assertEquals("110105", IDENTIFIER.resolve("朝阳区民政局", text("北京市朝阳区民政局办公室")).divisionCode());
    AgencyIdentity ambiguous = IDENTIFIER.resolve("朝阳区民政局", text("本局全年主动公开信息。"));
    assertEquals(null, ambiguous.divisionCode());
    assertEquals("county", ambiguous.level());
    assertEquals("unknown_region", ambiguous.issues().get(0).code());
  }

  @Test
  void anUnknownOfficeInAnUnknownPlace() {
    AgencyIdentity unknown = IDENTIFIER.resolve("某某管理处", text(""));
    assertEquals(List.of("unknown_region", "unknown_agency_type"),
        unknown.issues().stream().map(ExtractionIssue::code).toList());
  }

  @Test
  void aTextThatNamesNoAgency() {
    assertEquals(Optional.empty(), IDENTIFIER.identify(text("会议纪要\n请各单位按时参加。")));
  }

  @Test
  void kindsOfOfficeByTheirNames() {
    AgencyTypes types = AgencyTypes.bundled();
    assertEquals("government_office", types.typeOf("人民政府办公室", "county"));
    assertEquals("subdistrict_office", types.typeOf("街道办事处", "township"));
    assertEquals("natural_resources", types.typeOf("自然资源和规划局", "city"));
    assertEquals("housing_construction", types.typeOf("住房和城乡建设局", "city"));
    // Offices of 2008 to 2018 merged since: their kind is that of the office they became.
    assertEquals("health", types.typeOf("人口和计划生育局", "county"));
    assertEquals("health", types.typeOf("人口计生委", "county"));
    assertEquals("province_government", types.typeOf("人民政府", "province"));
    assertEquals("other", types.typeOf("人民政府", null));
  }

  /** The whole record the extractor makes of {@code report}, read as UTF-8 bytes. */
  private static ReportRecord extracted(String fileName, String report) {
    return ReportExtractor.shared().extract(new SourceDocument(fileName, report.getBytes(StandardCharsets.UTF_8)));
  }

  private static AgencyIdentity identify(String raw) {
    return IDENTIFIER.identify(text(raw)).orElseThrow();
  }

  private static ReportText text(String raw) {
    return ReportText.of(Normalizer.normalize(raw, Normalizer.Form.NFKC));
  }

  private static AgencyIdentity identity(String name, String type, String level, String province, String city,
      String county, String township, String code) {
    return new AgencyIdentity(name, type, level, province, city, county, township, code, List.of());
  }
}
