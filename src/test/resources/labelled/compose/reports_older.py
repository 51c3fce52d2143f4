"""The synthetic reports on the pre-2019 统计表 and the reports with no table at all."""

from documents import Agency, Report
from prose import narrative_body, statistics_body
from tables import StatisticsTable2008

REPORTS = []


def report(number, slug, agency, year, template, layout, encoding, body, **options):
    REPORTS.append(Report(number, slug, agency, year, template, layout, encoding, body, **options))


PRE2019_KEYS = [
    "proactive_items", "proactive_normative_documents", "normative_documents_issued", "proactive_via_gazette",
    "proactive_via_website", "proactive_via_weibo", "proactive_via_wechat", "proactive_via_other",
    "public_concerns_answered", "responses_via_channels", "press_conferences", "press_conferences_by_principal",
    "online_interviews", "online_interviews_by_principal", "policy_interpretations", "responses_via_weibo_wechat",
    "responses_via_other",
    "requests_received", "requests_in_person", "requests_fax", "requests_online", "requests_letter",
    "completed_total", "completed_on_time", "completed_late", "total_handled", "granted_already_public",
    "granted_on_request", "partially_granted", "denied", "denied_state_secret", "denied_commercial_secret",
    "denied_personal_privacy", "denied_security_stability", "denied_not_government_information",
    "denied_other_legal_grounds", "unable_not_this_agency", "unable_does_not_exist", "other_asked_to_amend",
    "other_referred_elsewhere",
    "reconsideration_total", "reconsideration_upheld", "reconsideration_corrected", "reconsideration_other",
    "litigation_total", "litigation_upheld", "litigation_corrected", "litigation_other", "complaints_total",
    "fees_collected_yuan", "disclosure_offices", "reading_points", "staff_total", "staff_full_time",
    "staff_part_time", "disclosure_budget_yuan", "meetings", "training_sessions", "trainees",
]


def statistics(values, cut_after=None):
    """A 统计表 from its cells in the table's row order (a string per cell, None for a blank one)."""
    assert len(values) == len(PRE2019_KEYS), len(values)
    return StatisticsTable2008(dict(zip(PRE2019_KEYS, values)), cut_after)


NO_REVIEW = "本年度{S}{reconsideration_total,litigation_total=0|未发生}因政府信息公开申请行政复议、提起行政诉讼的情况。"
NO_FEES = "本年度{S}在依申请公开工作中{fees_collected_yuan=0|未收取任何费用}。"

# ---- pre-2019 统计表 --------------------------------------------------------------------------------

report(41, "changsha-county-civil-affairs", Agency(
    "长沙县民政局", "civil_affairs", "county", "湖南省", "长沙市", "长沙县", None, "430121", "我局",
    "长沙县人民政府门户网站"),
    2015, "pre2019", "bars", "utf-8", statistics_body(
        0,
        "全年主动公开政府信息{proactive_items=312}条，主要通过县政府门户网站民政专栏发布。",
        "全年共收到政府信息公开申请{requests_received=4}件，均已按时办结。",
        NO_FEES, NO_REVIEW,
        statistics(["312", "4", "6", "0", "298", "0", "0", "14",
                    "2", "2", "0", "0", "1", "1", "3", "0", "1",
                    "4", "2", "0", "1", "1", "4", "4", "0", "4", "1", "2", "0", "0", "0", "0", "0", "0", "0", "0",
                    "1", "0", "0", "0",
                    "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "2", "3", "1", "2", "0.5", "2", "1", "12"])),
    notes="统计表 copied from a spreadsheet viewer, every cell on its own line ending in \" |\" (like seed 002). "
          "专项经费 0.5 万元 = 5000 yuan.")

report(42, "zhejiang-health-family-planning", Agency(
    "浙江省卫生和计划生育委员会", "health", "province", "浙江省", None, None, None, "330000", "我委",
    "浙江省卫生和计划生育委员会网站"),
    2016, "pre2019", "html", "utf-8", statistics_body(
        1,
        "全年主动公开政府信息{proactive_items=2873}条，其中医疗卫生重点领域信息1045条。",
        "全年共收到政府信息公开申请{requests_received=146}件，其中网络申请97件。",
        NO_FEES,
        "本年度发生因政府信息公开申请行政复议{reconsideration_total=5}件，行政诉讼{litigation_total=2}件。",
        statistics(["2873", "21", "23", "12", "2873", "416", "532", "87",
                    "14", "31", "9", "3", "6", "2", "27", "38", "12",
                    "146", "18", "2", "97", "29", "146", "143", "3", "146", "37", "52", "11", "9",
                    "0", "2", "4", "0", "3", "0", "18", "12", "4", "3",
                    "5", "4", "1", "0", "2", "2", "0", "0", "3", "0", "1", "3", "8", "3", "5", "12", "4", "3", "260"])),
    published="2017-03-28")

report(43, "chengdu-jinjiang-district-gov", Agency(
    "成都市锦江区人民政府", "county_government", "county", "四川省", "成都市", "锦江区", None, "510104", "我区",
    "成都市锦江区人民政府门户网站"),
    2017, "pre2019", "html", "gbk", statistics_body(
        2,
        "{Y}年，全区主动公开政府信息{proactive_items=8164}条。",
        "全年共收到政府信息公开申请{requests_received=213}件，按时办结211件，延期办结2件。",
        NO_FEES,
        "全年发生因政府信息公开申请行政复议{reconsideration_total=6}件、行政诉讼{litigation_total=3}件。",
        statistics(["8164", "17", "19", "0", "7352", "1863", "2417", "306",
                    "26", "58", "7", "2", "4", "4", "41", "35", "16",
                    "213", "64", "0", "121", "28", "213", "211", "2", "213", "58", "71", "14", "17",
                    "1", "3", "6", "0", "5", "2", "29", "18", "4", "2",
                    "6", "4", "1", "1", "3", "2", "0", "1", "5", "0", "1", "14", "17", "2", "15", "6.8", "3", "4", "320"])),
    published="2018-03-20", charset_label="gb2312",
    notes="GBK bytes behind <meta charset=gb2312>. 专项经费 6.8 万元 = 68000 yuan.")

report(44, "yueyang-finance", Agency(
    "岳阳市财政局", "finance", "city", "湖南省", "岳阳市", None, None, "430600", "我局", "岳阳市财政局门户网站"),
    2018, "pre2019", "tab", "utf-8-sig", statistics_body(
        0,
        "全年主动公开政府信息{proactive_items=947}条，按时公开部门预决算和“三公”经费。",
        "全年共收到政府信息公开申请{requests_received=11}件。",
        NO_FEES, NO_REVIEW,
        statistics(["947", "8", "11", "3", "947", "0", "214", "26",
                    "3", "5", "2", "1", "1", "1", "9", "4", "0",
                    "11", "3", "0", "6", "2", "11", "11", "0", "11", "3", "4", "1", "1",
                    "0", "0", "1", "0", "0", "0", "1", "1", "0", "0",
                    "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "1", "4", "1", "3", "2", "2", "2", "35"])),
    notes="Tab-separated 统计表, UTF-8 with BOM.")

report(45, "fuyang-yingzhou-sanhe-town", Agency(
    "阜阳市颍州区三合镇人民政府", "township_government", "township", "安徽省", "阜阳市", "颍州区", "三合镇",
    "341202102", "我镇", "阜阳市颍州区人民政府网站"),
    2016, "pre2019", "cells", "gb18030", statistics_body(
        1,
        "全年主动公开政府信息{proactive_items=156}条，涉及财政资金、民生工程、扶贫救助等内容。",
        "本年度{S}{requests_received=0|未收到}政府信息公开申请。",
        NO_FEES, NO_REVIEW,
        statistics(["156", "0", "0", "0", "156", "0", "0", "0",
                    "0", "0", "0", "0", "0", "0", "2", "0", "0",
                    "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0",
                    "0", "0", "0", "0", "0", "0", "0", "0", "0", "0",
                    "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "1", "2", "0", "2", "0", "1", "1", "8"])),
    crlf=True,
    notes="One cell a line, GB18030 with CRLF.")

report(46, "suzhou-wuzhong-hrss", Agency(
    "苏州市吴中区人力资源和社会保障局", "human_resources_social_security", "county", "江苏省", "苏州市", "吴中区", None,
    "320506", "我局", "苏州市吴中区人民政府网站"),
    2018, "pre2019", "pdf", "utf-8", statistics_body(
        2,
        "全年主动公开政府信息{proactive_items=684}条。",
        "全年共收到政府信息公开申请{requests_received=17}件，答复{completed_total,completed_on_time=17}件，均在法定期限内答复。",
        NO_FEES,
        "全年发生因政府信息公开申请行政复议{reconsideration_total=1}件，{litigation_total=0|未发生}行政诉讼。",
        statistics(["684", "3", "5", "0", "684", "0", "127", "0",
                    "2", "4", "1", "0", "1", "1", "6", "2", "0",
                    "17", "9", "0", "6", "2", "17", "17", "0", "17", "5", "6", "2", "1",
                    "0", "0", "1", "0", "0", "0", "2", "1", "0", "0",
                    "1", "1", "0", "0", "0", "0", "0", "0", "0", "0", "1", "2", "5", "1", "4", "1.2", "2", "2", "64"])),
    notes="PDF-converted 统计表: long labels wrap, page footers.")

report(47, "hefei-education", Agency(
    "合肥市教育局", "education", "city", "安徽省", "合肥市", None, None, "340100", "我局", "合肥市教育局网站"),
    2015, "pre2019", "html", "utf-8-sig", statistics_body(
        0,
        "全年主动公开政府信息{proactive_items=1326}条。",
        "全年共收到政府信息公开申请{requests_received=63}件。",
        "{S}依申请公开收取检索、复制费用{fees_collected_yuan=120}元。",
        "全年发生因政府信息公开申请行政复议{reconsideration_total=2}件，行政诉讼{litigation_total=1}件。",
        statistics(["1326", "9", "12", "0", "1326", "284", "0", "45",
                    "8", "12", "3", "1", "2", "1", "11", "6", "1",
                    "63", "11", "0", "41", "11", "63", "62", "1", "63", "17", "21", "4", "5",
                    "0", "0", "3", "0", "2", "0", "9", "5", "1", "1",
                    "2", "2", "0", "0", "1", "1", "0", "0", "1", "0.012", "1", "3", "6", "2", "4", "2.5", "3", "2", "140"])),
    published="2016-03-25",
    notes="Fees 0.012 万元 in the table = 120 yuan, as the prose says. HTML page with a UTF-8 BOM.")

report(48, "beijing-chaoyang-wangjing-subdistrict", Agency(
    "北京市朝阳区望京街道办事处", "subdistrict_office", "township", "北京市", None, "朝阳区", "望京街道", "110105026",
    "本街道", "北京市朝阳区人民政府网站"),
    2018, "pre2019", "framed", "utf-8", statistics_body(
        1,
        "全年主动公开政府信息{proactive_items=438}条。",
        "全年共收到政府信息公开申请{requests_received=14}件。",
        NO_FEES, NO_REVIEW,
        statistics(["438", "0", "0", "0", "438", "96", "312", "0",
                    "1", "1", "0", "0", "0", "0", "2", "1", "0",
                    "14", "6", "0", "4", "2", None, "13", "0", "15", "3", "4", "1", "1",
                    "0", "0", "1", "0", "0", "0", "2", "1", "1", "0",
                    "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "1", "3", "1", "2", None, "2", "1", "16"])),
    notes="Totals that do not add up, recorded as stated: 收到申请数 14 while the four channels sum to 12; "
          "申请答复数 15 while its parts sum to 13. 申请办结数 and 专项经费 are blank (absent). "
          "Municipality: province 北京市, no city.")

report(49, "kunming-housing", Agency(
    "昆明市住房和城乡建设局", "housing_construction", "city", "云南省", "昆明市", None, None, "530100", "我局",
    "昆明市住房和城乡建设局网站"),
    2016, "pre2019", "tab", "gbk", statistics_body(
        2,
        "全年主动公开政府信息{proactive_items=1583}条。",
        "全年共收到政府信息公开申请{requests_received=87}件。",
        "{S}依申请提供政府信息，{fees_collected_yuan=0|未收取任何费用}。",
        "全年发生因政府信息公开申请行政复议{reconsideration_total=3}件，行政诉讼{litigation_total=1}件。",
        statistics(["1583", "14", "16", "2", "1583", "0", "356", "41",
                    "6", "9", "2", "1", "1", "0", "8", "5", "2",
                    "87", "23", "0", "48", "16", "87", "85", "2", "87", "19", "27", "6", "8",
                    "0", "2", "3", "0", "3", "0", "14", "9", "3", "1",
                    "3", "2", "1", "0", "1", "1", "0", "0", "2", "0", "1", "2", "5", "2", "3", "3", "2", "2", "85"],
                   cut_after="complaints_total")),
    notes="Table cut off after 六、举报投诉数量: fees, staff, reading points, budget, meetings and training "
          "rows are missing; fees_collected_yuan comes from the prose (未收取任何费用).")

# ---- Prose only -------------------------------------------------------------------------------------

report(50, "huoqiu-finance", Agency(
    "霍邱县财政局", "finance", "county", "安徽省", "六安市", "霍邱县", None, "341522", "我局", "霍邱县人民政府网站"),
    2015, "narrative", "text", "utf-8", narrative_body(
        0,
        "全年共主动公开政府信息{proactive_items=426}条，其中财政预决算信息38条。",
        "全年共受理政府信息公开申请{requests_received,completed_total,completed_on_time=3|cn}件，均在法定期限内答复。",
        NO_FEES,
        "全年{reconsideration_total,litigation_total=0|未发生}因政府信息公开引起的行政复议、行政诉讼。",
        extra=["局办公室配备专职人员{staff_full_time,staff_total=1|一}名，负责政府信息公开日常工作。"]),
    notes="Chinese numerals: 三件, 一名. 专职人员一名 gives staff_full_time and staff_total 1.")

report(51, "wuding-maojie-town", Agency(
    "武定县猫街镇人民政府", "township_government", "township", "云南省", "楚雄彝族自治州", "武定县", "猫街镇",
    "532329103", "我镇", "武定县人民政府网站"),
    2016, "narrative", "text", "gb18030", narrative_body(
        1,
        "全年主动公开政府信息{proactive_items=74}条，在镇政府便民服务中心和各村委会设立政府信息公开查阅点{reading_points=9}个。",
        "本年度{S}{requests_received=0|未收到}公民、法人或其他组织提出的政府信息公开申请。",
        NO_FEES, NO_REVIEW),
    notes="GB18030 prose; statements of none: 未收到, 未发生, 未收取任何费用.")

report(52, "tonglu-fenshui-town", Agency(
    "桐庐县分水镇人民政府", "township_government", "township", "浙江省", "杭州市", "桐庐县", "分水镇", "330122109",
    "我镇", "桐庐县人民政府门户网站"),
    2019, "narrative", "html", "utf-8", narrative_body(
        2,
        "全年主动公开政府信息{proactive_items=318}条。",
        "全年共收到政府信息公开申请{requests_received,completed_total,completed_on_time=2}件，均在法定期限内答复。",
        NO_FEES, NO_REVIEW,
        extra=["全年举办政务公开业务培训{training_sessions=1|一}期，参加培训人员{trainees=12|十二}人。"]),
    published="2020-01-10",
    notes="A 2019 report written as prose only, on a web page. 十二人 in Chinese numerals.")

report(53, "changsha-yuelu-district-education", Agency(
    "长沙市岳麓区教育局", "education", "county", "湖南省", "长沙市", "岳麓区", None, "430104", "我局",
    "长沙市岳麓区人民政府门户网站"),
    2017, "narrative", "text", "utf-8-sig", narrative_body(
        0,
        "全年主动公开政府信息{proactive_items=1200|１２００余}条，其中招生入学信息２３０余条。",
        "全年共受理政府信息公开申请{requests_received=12|１２}件，已全部办结。",
        NO_FEES,
        "全年{reconsideration_total=0|未发生}政府信息公开行政复议案件，{litigation_total=0|未发生}行政诉讼案件。",
        extra=["局办公室配备专职人员{staff_full_time=1|１}名，各科室确定兼职人员{staff_part_time=6|６}名{staff_total=7|}，共同负责政府信息公开工作。"]),
    notes="Full-width digits in prose; １２００余条 is 1200. \"已全部办结\" gives no completed_* count.")

report(54, "luoyang-transport", Agency(
    "洛阳市交通运输局", "transport", "city", "河南省", "洛阳市", None, None, "410300", "我局", "洛阳市交通运输局网站"),
    2018, "narrative", "text", "utf-8", narrative_body(
        1,
        "{Y}年，{S}主动公开政府信息{proactive_items=873}条。",
        "{Y}年，{S}共接到政府信息公开申请{requests_received,completed_total,completed_on_time=9}件，均在法定期限内答复。",
        "{S}{fees_collected_yuan=0|未设政府信息公开收费项目}。",
        "全年发生因政府信息公开申请行政复议{reconsideration_total=1}件，其中结果维持{reconsideration_upheld=1}件；{litigation_total=0|未发生}行政诉讼。"),
    title_year=2017,
    notes="Title year disagrees with the text: the title says 2017, the statistics period and the text "
          "report on 2018. 未设政府信息公开收费项目: no fee can have been collected, fees 0.")

report(55, "jiangsu-transport", Agency(
    "江苏省交通运输厅", "transport", "province", "江苏省", None, None, None, "320000", "我厅", "江苏省交通运输厅网站"),
    2016, "narrative", "text", "gbk", narrative_body(
        2,
        "全年主动公开政府信息{proactive_items=3264}条，其中通过厅门户网站公开2980条。",
        "全年共收到政府信息公开申请{requests_received=74}件，答复{completed_total,completed_on_time=74}件，均在法定期限内答复。",
        NO_FEES,
        "全年发生因政府信息公开申请行政复议{reconsideration_total=4}件，其中结果维持{reconsideration_upheld=3}件，结果纠正{reconsideration_corrected=1}件；被提起行政诉讼{litigation_total=1}件。",
        extra=["厅办公室配备专职人员{staff_full_time=2}名、兼职人员{staff_part_time=5}名{staff_total=7|}，全年召开政府信息公开工作会议{meetings=2}次。"]),
    crlf=True,
    notes="GBK with CRLF.")

report(56, "hangzhou-xihu-civil-affairs", Agency(
    "杭州市西湖区民政局", "civil_affairs", "county", "浙江省", "杭州市", "西湖区", None, "330106", "我局",
    "杭州市西湖区人民政府门户网站"),
    2020, "narrative", "text", "utf-8", narrative_body(
        0,
        "全年主动公开政府信息{proactive_items=517}条。",
        "全年共收到政府信息公开申请{requests_received,completed_total,completed_on_time=8|cn}件，均在法定期限内答复。",
        NO_FEES, NO_REVIEW,
        extra=["{S}确定政府信息公开兼职人员{staff_part_time=12|十二}名，负责各科室政府信息的报送工作。"]),
    notes="A 2020 report as prose only. Only 兼职人员 stated: staff_total absent.")

report(57, "wuhan-jianghan-hrss", Agency(
    "武汉市江汉区人力资源和社会保障局", "human_resources_social_security", "county", "湖北省", "武汉市", "江汉区", None,
    "420103", "我局", "武汉市江汉区人民政府门户网站"),
    2017, "narrative", "text", "utf-8", narrative_body(
        1,
        "全年主动公开各类信息{proactive_items=3000|3000余}条，在区政务服务中心设立政府信息公开查阅点{reading_points=2}个。",
        "全年受理政府信息公开申请{requests_received=16}件。",
        NO_FEES,
        "因政府信息公开申请行政复议{reconsideration_total=2}件，其中结果维持{reconsideration_upheld=1}件，结果纠正{reconsideration_corrected=0}件，其他结果{reconsideration_other=0}件，尚未审结{reconsideration_pending=1}件；{litigation_total=0|未发生}行政诉讼。"),
    notes="The prose states the whole 行政复议 breakdown.")

report(58, "shenzhen-development-reform", Agency(
    "深圳市发展和改革委员会", "development_reform", "city", "广东省", "深圳市", None, None, "440300", "我委",
    "深圳市发展和改革委员会网站"),
    2015, "narrative", "text", "utf-8", narrative_body(
        2,
        "全年主动公开政府信息{proactive_items=2147}条。",
        "全年共收到政府信息公开申请{requests_received,completed_total,completed_on_time=58}件，均在法定期限内答复。",
        NO_FEES,
        "全年发生因政府信息公开申请行政复议{reconsideration_total=3}件，其中结果维持{reconsideration_upheld=2}件，其他结果{reconsideration_other=1}件；{litigation_total=0|未发生}行政诉讼。",
        extra=["全年召开政府信息公开专题会议{meetings=4}次，举办培训班{training_sessions=2}期，培训{trainees=150}人次。"]))

report(59, "pingjiang-education", Agency(
    "平江县教育局", "education", "county", "湖南省", "岳阳市", "平江县", None, "430626", "我局", "平江县人民政府门户网站"),
    2016, "narrative", "text", "gb18030", narrative_body(
        0,
        "全年主动公开政府信息{proactive_items=645}条，其中发布招生考试信息230条、教育收费信息58条。",
        "全年{requests_received=0|未接到}依申请公开事项。",
        "目前{S}{fees_collected_yuan=0|无涉及公开收费项目}。",
        "{S}{reconsideration_total,litigation_total=0|无}因政府信息公开申请行政复议和提起行政诉讼的情况。",
        extra=["局办公室确定{staff_total=2}名人员负责政府信息公开工作。"]),
    notes="Subsets (招生考试信息230条) are not proactive_items. 无涉及公开收费项目: no fee can have been "
          "collected, fees 0.")
