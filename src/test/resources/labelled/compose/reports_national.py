"""The synthetic reports on the 2019 national template (reports on 2019 and 2020) and its 2021
revision (reports on 2021 onwards)."""

from documents import Agency, Report
from prose import national_body
from tables import ApplicationTable, ProactiveTable2019, ProactiveTable2021, ReviewTable

NONE_FEES = "{S}在政府信息公开工作中{fees_collected_yuan=0|未收取任何费用}。"
ZERO_FEES = "{Y}年，{S}严格执行《政府信息公开信息处理费管理办法》，全年收取信息处理费{fees_collected_yuan=0}元。"


def app2019(**kwargs):
    return ApplicationTable("2019", **kwargs)


def app2021(**kwargs):
    return ApplicationTable("2021", **kwargs)


REPORTS = []


def report(number, slug, agency, year, template, layout, encoding, body, **options):
    REPORTS.append(Report(number, slug, agency, year, template, layout, encoding, body, **options))


# ---- 2019 template ----------------------------------------------------------------------------------

report(10, "changsha-civil-affairs", Agency(
    "长沙市民政局", "civil_affairs", "city", "湖南省", "长沙市", None, None, "430100", "我局", "长沙市民政局门户网站"),
    2019, "2019", "html", "utf-8", national_body(
        0,
        "{Y}年，{S}通过门户网站、政务微信等渠道主动公开政府信息{proactive_items=1532}条，其中社会救助、养老服务等重点领域信息412条，发布政策解读9篇。",
        "{Y}年共受理政府信息公开申请{requests_received,completed_total,completed_on_time=23}件，均在法定期限内答复，上年结转1件已办结。",
        ProactiveTable2019(rules=("0", "0", "0"), normative=("3", "3", "21"), licensing=("4", "0", "156"),
                           other_services=("6", "0", "2308"), penalty=("12", "-2", "3"),
                           enforcement=("2", "0", "0"), fees=("0", "0"), procurement=("27", "1523.6")),
        app2019(new=(21, 2, 0, 0, 0, 0), carried=1, granted=9, partial=2, denied=[0, 0, 0, 1, 0, 1, 0, 0],
                unable=[6, 1, 0], not_processed=[2, 0, 0, 0, 0], other=1),
        ReviewTable(reconsideration=(1, 0, 0, 0)),
        NONE_FEES),
    published="2020-01-16",
    notes="HTML page with navigation, counters and scripts; merged cells in every table. "
          "\"均在法定期限内答复\" with no 答复 number: completed_* take the 受理 number.")

report(11, "zhejiang-finance", Agency(
    "浙江省财政厅", "finance", "province", "浙江省", None, None, None, "330000", "我厅", "浙江省财政厅门户网站"),
    2019, "2019", "pipe", "utf-8", national_body(
        1,
        "全年主动公开政府信息{proactive_items=2316}条，发布预决算、政府采购等重点领域信息一千余条。",
        "全年共收到政府信息公开申请{requests_received=58}件，上年结转3件，已全部依法答复。",
        ProactiveTable2019(rules=("1", "1", "12"), normative=("18", "18", "96"), licensing=("3", "-1", "27"),
                           penalty=("5", "0", "2"), enforcement=("0", "0", "0"), fees=("2", "0")),
        app2019(new=(41, 11, 1, 0, 3, 2), carried=3, granted=24, partial=6, denied=[0, 1, 0, 2, 3, 4, 0, 0],
                unable=[9, 2, 1], not_processed=[3, 2, 1, 0, 0], other=2),
        ReviewTable(reconsideration=(1, 0, 0, 1), direct=(1, 0, 0, 0)),
        "本年度{S}{fees_collected_yuan=0|未收取政府信息公开信息处理费}。"),
    text_header=["首页 > 政务公开 > 政府信息公开年报", "发布日期：2020-01-21  浏览次数：873"],
    notes="Pipe-separated text; blank cells for rows the office does not have. "
          "\"已全部依法答复\" does not say 法定期限: completed_* absent.")

report(12, "chengdu-wuhou-district-gov", Agency(
    "成都市武侯区人民政府", "county_government", "county", "四川省", "成都市", "武侯区", None, "510107", "我区",
    "成都市武侯区人民政府门户网站"),
    2020, "2019", "html", "gbk", national_body(
        2,
        "{Y}年，全区主动公开政府信息{proactive_items=6843}条，围绕疫情防控、复工复产等群众关注事项及时发布权威信息。",
        "{Y}年，全区共收到政府信息公开申请{requests_received=412}件，答复{completed_total,completed_on_time=410}件，均在法定期限内答复，结转下年度办理19件。",
        ProactiveTable2019(normative=("7", "7", "42"), licensing=("68", "-3", "5127"),
                           other_services=("31", "2", "8864"), penalty=("143", "0", "2210"),
                           enforcement=("12", "0", "87"), fees=("9", "-1"), procurement=("86", "12873.45")),
        app2019(new=(371, 29, 2, 1, 6, 3), carried=17, granted=168, partial=41, denied=[0, 2, 3, 9, 4, 11, 6, 2],
                unable=[102, 18, 7], not_processed=[16, 5, 1, 0, 2], other=13),
        ReviewTable(reconsideration=(6, 2, 1, 2), direct=(3, 0, 1, 1), after=(2, 0, 0, 0)),
        NONE_FEES),
    published="2021-01-28", charset_label="gb2312",
    notes="GBK bytes behind <meta charset=gb2312>; 规章 row left blank.")

report(13, "pingjiang-public-security", Agency(
    "平江县公安局", "public_security", "county", "湖南省", "岳阳市", "平江县", None, "430626", "我局",
    "平江县人民政府门户网站"),
    2020, "2019", "pdf", "utf-8", national_body(
        0,
        "{Y}年，{S}主动公开政府信息{proactive_items=386}条，及时发布警情通报、交通管理、户政服务等信息。",
        "全年受理依申请公开{requests_received=7}件，全部按期办结。",
        ProactiveTable2019(rules=("0", "0", "0"), normative=("0", "0", "3"), licensing=("11", "0", "2946"),
                           other_services=("4", "0", "15873"), penalty=("36", "0", "1187"),
                           enforcement=("8", "0", "62"), fees=("3", "0"), procurement=("5", "316.8")),
        app2019(new=7, carried=0, granted=2, partial=1, denied=[0, 0, 0, 0, 0, 0, 2, 0], unable=[1, 0, 0],
                not_processed=[1, 0, 0, 0, 0], other=0),
        ReviewTable(),
        "本年度{S}办理政府信息公开申请{fees_collected_yuan=0|未收取任何费用}。"),
    notes="PDF-converted text: vertical labels one character a line, wrapped labels, page footers. "
          "\"全部按期办结\" is not the 法定期限 sentence: completed_* absent.")

report(14, "beijing-dongcheng-education", Agency(
    "北京市东城区教育委员会", "education", "county", "北京市", None, "东城区", None, "110101", "我委",
    "北京市东城区人民政府门户网站"),
    2019, "2019", "tab", "utf-8-sig", national_body(
        1,
        "全年共主动公开政府信息{proactive_items=1274}条，重点公开义务教育入学、招生考试、教育收费等信息。",
        "本年度新收政府信息公开申请{requests_received=36}件。{S}配备专职人员{staff_full_time=2}名、兼职人员{staff_part_time=5}名{staff_total=7|}，负责依申请公开受理和答复工作。",
        ProactiveTable2019(normative=("2", "2", "17"), licensing=("9", "0", "214"), penalty=("3", "0", "0"),
                           procurement=("41", "3862.17")),
        app2019(new=(33, 2, 0, 0, 1, 0), carried=2, granted=15, partial=4, denied=[0, 0, 0, 3, 1, 2, 0, 0],
                unable=[8, 1, 0], not_processed=[0, 1, 0, 0, 0], other=1),
        ReviewTable(reconsideration=(2, 0, 0, 0), direct=(0, 0, 1, 0)),
        NONE_FEES),
    notes="Tab-separated spreadsheet export, merged areas as empty cells; UTF-8 with BOM. "
          "Staff from prose: 专职 2 + 兼职 5 gives staff_total 7.")

report(15, "guangzhou-tianhe-liede-subdistrict", Agency(
    "广州市天河区猎德街道办事处", "subdistrict_office", "township", "广东省", "广州市", "天河区", "猎德街道",
    "440106013", "本街道", "广州市天河区人民政府门户网站"),
    2020, "2019", "cells", "utf-8", national_body(
        2,
        "{Y}年，本街道主动公开政府信息{proactive_items=138}条，均通过区政府门户网站街道专栏发布。",
        "全年收到政府信息公开申请{requests_received,completed_total,completed_on_time=2|两}件，均在法定期限内答复。",
        ProactiveTable2019(rules=("0", "0", "0"), normative=("0", "0", "0"), licensing=("0", "0", "0"),
                           other_services=("0", "0", "0"), penalty=("2", "0", "14"), enforcement=("0", "0", "0"),
                           fees=("0", "0"), procurement=("0", "0")),
        app2019(new=2, carried=0, granted=1, partial=0, denied=[0] * 8, unable=[1, 0, 0], not_processed=[0] * 5,
                other=0),
        ReviewTable(),
        NONE_FEES),
    notes="One cell a line. \"两件\" is 2.")

report(16, "jiangsu-natural-resources", Agency(
    "江苏省自然资源厅", "natural_resources", "province", "江苏省", None, None, None, "320000", "我厅",
    "江苏省自然资源厅门户网站"),
    2020, "2019", "html", "utf-8", national_body(
        0,
        "全年主动公开政府信息{proactive_items=4512}条，其中国土空间规划、用地审批等重点领域信息1376条。",
        "全年共收到政府信息公开申请{requests_received=627}件，因政府信息公开引起行政复议{reconsideration_total=38}件。",
        ProactiveTable2019(rules=("1", "1", "9"), normative=("14", "14", "73"), licensing=("38", "-4", "1962"),
                           other_services=("12", "0", "846"), penalty=("9", "0", "27"), enforcement=("3", "0", "0"),
                           fees=("4", "-1"), procurement=("63", "8421.9")),
        app2019(new=(548, 52, 6, 3, 14, 4), carried=31, granted=203, partial=57,
                denied=[1, 4, 2, 16, 7, 22, 5, 9], unable=[171, 23, 12], not_processed=[31, 19, 2, 6, 3], other=27),
        ReviewTable(reconsideration=(29, 4, 3, 2), direct=(11, 1, 2, 3), after=(3, 0, 0, 1)),
        NONE_FEES),
    published="2021-01-29")

report(17, "hangzhou-market-regulation", Agency(
    "杭州市市场监督管理局", "market_regulation", "city", "浙江省", "杭州市", None, None, "330100", "我局",
    "杭州市市场监督管理局门户网站"),
    2019, "2019", "pipe", "gbk", national_body(
        1,
        "全年主动公开政府信息{proactive_items=12605}条，其中行政处罚决定书4870条、抽查检查结果3125条。",
        "全年共受理政府信息公开申请{requests_received=1873}件，申请内容主要集中在投诉举报处理结果、企业登记信息等方面。",
        ProactiveTable2019(normative=("6", "6", "38"), licensing=("42", "-5", "46875"), penalty=("312", "-11", "5289"),
                           enforcement=("17", "0", "436"), fees=("1", "0"), procurement=("22", "1987.5")),
        app2019(new=(1562, 264, 3, 7, 31, 6), carried=46, granted=412, partial=138,
                denied=[0, 12, 4, 56, 9, 31, 147, 23], unable=[487, 61, 34], not_processed=[296, 58, 4, 21, 17],
                other=63),
        ReviewTable(reconsideration=(58, 7, 9, 12), direct=(19, 2, 4, 9), after=(11, 1, 1, 5)),
        NONE_FEES),
    crlf=True,
    notes="GBK with CRLF line ends; thousands of requests, mostly 投诉举报.")

report(18, "hefei-health-commission", Agency(
    "合肥市卫生健康委员会", "health", "city", "安徽省", "合肥市", None, None, "340100", "我委",
    "合肥市卫生健康委员会门户网站"),
    2019, "2019", "pdf", "utf-8", national_body(
        2,
        "全年主动公开政府信息{proactive_items=2195}条，及时发布医疗机构执业登记、卫生监督执法等信息。",
        "全年共收到政府信息公开申请{requests_received=104}件，答复{completed_total,completed_on_time=101}件，均在法定期限内答复。",
        ProactiveTable2019(rules=("0", "0", "0"), normative=("4", "4", "29"), licensing=("16", "0", "3417"),
                           other_services=("8", "0", "1290"), penalty=("21", "0", "318"), enforcement=("6", "0", "9"),
                           fees=("2", "0"), procurement=("34", "2264.8")),
        app2019(new=(94, 6, 1, 0, 3, 0), carried=5, granted=37, partial=12, denied=[0, 2, 0, 5, 2, 4, 1, 0],
                unable=[21, 4, 3], not_processed=[6, 2, 0, 1, 0], other=1, cut_after="not_processed_repeated"),
        None, None),
    notes="Table cut off: the file ends inside the application table after （五）不予处理 2.重复申请, so "
          "not_processed (a sum of five reasons, two stated), the rows after it, the 复议/诉讼 table and "
          "sections 四 to 六 are absent.")

report(19, "zhengzhou-jinshui-district-gov", Agency(
    "郑州市金水区人民政府", "county_government", "county", "河南省", "郑州市", "金水区", None, "410105", "我区",
    "郑州市金水区人民政府门户网站"),
    2020, "2019", "html", "utf-8-sig", national_body(
        0,
        "全年主动公开政府信息{proactive_items=3841}条。",
        "全年共收到政府信息公开申请{requests_received=88}件，上年结转6件。",
        ProactiveTable2019(normative=("5", "5", "33"), licensing=("57", "2", "4386"), penalty=("104", "0", "1673"),
                           enforcement=("9", "0", "41"), fees=("6", "0"), procurement=("72", "9365.2")),
        app2019(new=(80, 4, 0, 0, 2, 0, 88), carried=6, granted=31, partial=9, denied=[0, 0, 1, 3, 2, 4, 1, 0],
                unable=[22, 5, 2], not_processed=[7, 3, 0, 0, 1], other=3, total=96,
                next_year=2),
        ReviewTable(reconsideration=(4, 1, 0, 1)),
        NONE_FEES),
    published="2021-01-25",
    notes="Totals that do not add up, recorded as stated: 本年新收 总计 88 while its columns sum to 86; "
          "（七）总计 96 while the outcomes sum to 94; 88 + 6 ≠ 96 + 2. HTML page with a UTF-8 BOM.")

report(20, "yiwu-education", Agency(
    "义乌市教育局", "education", "county", "浙江省", "金华市", "义乌市", None, "330782", "我局",
    "义乌市人民政府门户网站"),
    2019, "2019", "framed", "utf-8", national_body(
        1,
        "２０１９年，{S}主动公开政府信息{proactive_items=1086|fw}条，重点公开招生入学、教育收费、学校安全等信息。",
        "全年共受理政府信息公开申请{requests_received,completed_total,completed_on_time=27|fw}件，均在法定期限内答复。",
        ProactiveTable2019(normative=("3", "3", "19"), licensing=("5", "0", "187"), penalty=("2", "0", "1"),
                           procurement=("58", "6127.35")),
        app2019(new=(26, 1, 0, 0, 0, 0), carried=0, granted=11, partial=3, denied=[0, 0, 0, 2, 0, 1, 0, 0],
                unable=[7, 0, 1], not_processed=[1, 1, 0, 0, 0], other=0),
        ReviewTable(reconsideration=(1, 0, 0, 0)),
        NONE_FEES),
    title_year=2018, fullwidth_tables=True,
    notes="Title year disagrees with the text: the title says 2018 (last year's title reused); the "
          "statistics period, the text and the 2019 table report on 2019. Full-width digits in tables "
          "and prose; framed pipe table.")

# ---- 2021 template ----------------------------------------------------------------------------------

report(21, "wuhan-hrss", Agency(
    "武汉市人力资源和社会保障局", "human_resources_social_security", "city", "湖北省", "武汉市", None, None, "420100",
    "我局", "武汉市人力资源和社会保障局门户网站"),
    2021, "2021", "html", "utf-8", national_body(
        0,
        "全年主动公开政府信息{proactive_items=3627}条，重点公开就业创业、社会保险、劳动关系等政策信息。",
        "全年共收到政府信息公开申请{requests_received=306}件，答复{completed_total,completed_on_time=299}件，均在法定期限内答复。",
        ProactiveTable2021(rules=("0", "0", "2"), normative=("7", "4", "31"), licensing="1384", penalty="96",
                           enforcement="0", fees="0"),
        app2021(new=(287, 14, 0, 1, 4, 0), carried=9, granted=118, partial=23, denied=[0, 1, 0, 6, 2, 7, 0, 4],
                unable=[84, 13, 5], not_processed=[18, 6, 0, 1, 2], other=[6, 0, 3]),
        ReviewTable(reconsideration=(7, 1, 2, 1), direct=(3, 0, 1, 2), after=(1, 0, 0, 0)),
        ZERO_FEES),
    published="2022-01-20")

report(22, "nanjing-ecology-environment", Agency(
    "南京市生态环境局", "ecology_environment", "city", "江苏省", "南京市", None, None, "320100", "我局",
    "南京市生态环境局门户网站"),
    2022, "2021", "pipe", "utf-8-sig", national_body(
        1,
        "全年主动公开各类政府信息{proactive_items=1850|1850余}条，及时公开环境质量、建设项目环评审批、行政处罚等信息。",
        "全年共受理政府信息公开申请{requests_received=97}件。{S}明确{staff_total=3}名人员负责政府信息公开工作。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("2", "1", "14"), licensing="2431", penalty="387",
                           enforcement="23"),
        app2021(new=(71, 19, 2, 1, 3, 1), carried=4, granted=38, partial=11, denied=[0, 1, 0, 5, 0, 3, 1, 0],
                unable=[24, 3, 2], not_processed=[3, 1, 0, 0, 0], other=[2, 0, 1]),
        ReviewTable(reconsideration=(2, 0, 0, 1), direct=(1, 0, 0, 0)),
        NONE_FEES),
    notes="1850余条 is recorded as 1850. 行政事业性收费 cell blank.")

report(23, "shenzhen-transport", Agency(
    "深圳市交通运输局", "transport", "city", "广东省", "深圳市", None, None, "440300", "我局", "深圳市交通运输局网站"),
    2023, "2021", "tab", "utf-8", national_body(
        2,
        "全年主动公开政府信息{proactive_items=9318}条。",
        "全年共受理政府信息公开申请{requests_received,completed_total,completed_on_time=1124}件，均在法定期限内答复。",
        ProactiveTable2021(rules=("0", "1", "6"), normative=("9", "5", "58"), licensing="86214", penalty="127586",
                           enforcement="3142", fees="326.58"),
        app2021(new=(963, 128, 4, 2, 21, 8), carried=37, granted=402, partial=118,
                denied=[0, 3, 5, 27, 11, 36, 19, 7], unable=[276, 41, 18], not_processed=[62, 25, 1, 6, 9],
                other=[38, 0, 11]),
        ReviewTable(reconsideration=(21, 3, 6, 4), direct=(9, 1, 2, 4), after=(5, 0, 1, 2)),
        ZERO_FEES))

report(24, "xian-yanta-district-gov", Agency(
    "西安市雁塔区人民政府", "county_government", "county", "陕西省", "西安市", "雁塔区", None, "610113", "我区",
    "西安市雁塔区人民政府门户网站"),
    2022, "2021", "pdf", "utf-8", national_body(
        0,
        "{Y}年，我区在政府门户网站主动公开政府信息{proactive_items=2874}条，发布政策解读材料36篇。",
        "{Y}年，全区共受理政府信息公开申请{requests_received,completed_total,completed_on_time=227}件，均在法定期限内答复。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("4", "2", "27"), licensing="6732", penalty="2915",
                           enforcement="146", fees="1863.4"),
        app2021(new=(203, 17, 0, 0, 5, 2), carried=8, granted=71, partial=19, denied=[1, 0, 2, 4, 1, 6, 3, 2],
                unable=[73, 9, 4], not_processed=[11, 4, 0, 2, 1], other=[9, 1, 4]),
        ReviewTable(reconsideration=(9, 2, 1, 3), direct=(4, 1, 0, 2), after=(2, 0, 0, 1)),
        ZERO_FEES),
    notes="PDF-converted text like the 淮安 reports.")

report(25, "kunming-wuhua-housing", Agency(
    "昆明市五华区住房和城乡建设局", "housing_construction", "county", "云南省", "昆明市", "五华区", None, "530102",
    "我局", "昆明市五华区人民政府门户网站"),
    2021, "2021", "cells", "gb18030", national_body(
        1,
        "全年主动公开政府信息{proactive_items=217}条。",
        "全年收到政府信息公开申请{requests_received=21}件。{S}配备政府信息公开专职人员{staff_full_time=1|一}名、兼职人员{staff_part_time=3|三}名{staff_total=4|}。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("1", "0", "6"), licensing="418", penalty="57",
                           enforcement="0", fees="0"),
        app2021(new=(18, 3, 0, 0, 0, 0), carried=1, granted=6, partial=2, denied=[0, 0, 0, 1, 0, 1, 0, 0],
                unable=[8, 1, 0], not_processed=[1, 0, 0, 0, 0], other=[1, 0, 0]),
        ReviewTable(reconsideration=(1, 0, 0, 0)),
        NONE_FEES),
    notes="GB18030, one cell a line. Staff in Chinese numerals: 一名 + 三名.")

report(26, "hunan-development-reform", Agency(
    "湖南省发展和改革委员会", "development_reform", "province", "湖南省", None, None, None, "430000", "我委",
    "湖南省发展和改革委员会门户网站"),
    2024, "2021", "html", "gbk", national_body(
        2,
        "全年主动公开政府信息{proactive_items=3196}条，及时公开重大项目审批、价格管理、规划计划等信息。",
        "全年共收到政府信息公开申请{requests_received=177}件，按时答复率100%。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("12", "9", "64"), licensing="743", penalty="18",
                           enforcement="0"),
        app2021(new=(118, 37, 6, 2, 9, 5), carried=6, granted=64, partial=21, denied=[2, 3, 1, 9, 4, 12, 0, 1],
                unable=[36, 7, 3], not_processed=[4, 3, 1, 0, 0], other=[3, 0, 2]),
        ReviewTable(reconsideration=(5, 1, 0, 1), direct=(2, 0, 1, 0), after=(1, 0, 0, 0)),
        ZERO_FEES),
    published="2025-01-22", charset_label="gb2312",
    notes="GBK bytes behind <meta charset=gb2312>. \"按时答复率100%\" is no count: completed_* absent.")

report(27, "ningbo-yinzhou-jiangshan-town", Agency(
    "宁波市鄞州区姜山镇人民政府", "township_government", "township", "浙江省", "宁波市", "鄞州区", "姜山镇",
    "330212110", "我镇", "宁波市鄞州区人民政府门户网站"),
    2023, "2021", "html", "utf-8", national_body(
        0,
        "全年主动公开政府信息{proactive_items=263}条，在镇便民服务中心设立政府信息公开查阅点{reading_points=1}个。",
        "全年共收到政府信息公开申请{requests_received,completed_total,completed_on_time=6|cn}件，均在法定期限内答复。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("0", "0", "0"), licensing="12", penalty="46",
                           enforcement="3", fees="0"),
        app2021(new=(5, 1, 0, 0, 0, 0), carried=0, granted=2, partial=1, denied=[0, 0, 0, 0, 0, 1, 0, 0],
                unable=[2, 0, 0], not_processed=[0] * 5, other=[0, 0, 0]),
        ReviewTable(),
        NONE_FEES),
    published="2024-01-19",
    notes="六件 in Chinese numerals.")

report(28, "jinan-lixia-quanchenglu-subdistrict", Agency(
    "济南市历下区泉城路街道办事处", "subdistrict_office", "township", "山东省", "济南市", "历下区", "泉城路街道",
    "370102004", "本街道", "济南市历下区人民政府网站"),
    2024, "2021", "pipe", "utf-8", national_body(
        1,
        "全年主动公开政府信息{proactive_items=96}条。",
        "全年共收到政府信息公开申请{requests_received=3}件，均已按期答复。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("0", "0", "0")),
        app2021(new=3, carried=0, granted=1, partial=0, denied=[0] * 8, unable=[2, 0, 0], not_processed=[0] * 5,
                other=[0, 0, 0]),
        ReviewTable(),
        NONE_FEES),
    notes="行政许可/处罚/强制/收费 cells blank. \"均已按期答复\" is not 法定期限: completed_* absent.")

report(29, "chongqing-yuzhong-civil-affairs", Agency(
    "重庆市渝中区民政局", "civil_affairs", "county", "重庆市", None, "渝中区", None, "500103", "我局",
    "重庆市渝中区人民政府网"),
    2022, "2021", "tab", "gbk", national_body(
        2,
        "全年主动公开政府信息{proactive_items=642}条。",
        "全年收到政府信息公开申请{requests_received=13}件。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("1", "1", "5"), licensing="37", penalty="2",
                           enforcement="0", fees="0"),
        app2021(new=(12, 0, 0, 0, 1, 0), carried=0, granted=5, partial=1, denied=[0, 0, 0, 2, 0, 0, 0, 0],
                unable=[3, 1, 0], not_processed=[1, 0, 0, 0, 0], other=[0, 0, 0]),
        ReviewTable(reconsideration=(1, 0, 0, 0)),
        ZERO_FEES,
        extra_overview=["全年召开政务公开专题会议{meetings=3}次，举办业务培训{training_sessions=2}次，培训{trainees=46}人次。"]),
    crlf=True,
    notes="Municipality district: province 重庆市, no city. GBK with CRLF.")

report(30, "shanghai-pudong-finance", Agency(
    "上海市浦东新区财政局", "finance", "county", "上海市", None, "浦东新区", None, "310115", "我局",
    "上海市浦东新区人民政府门户网站"),
    2021, "2021", "pdf", "utf-8-sig", national_body(
        1,
        "全年主动公开政府信息{proactive_items=1467}条。",
        "全年受理政府信息公开申请{requests_received=51}件，答复{completed_total,completed_on_time=52}件（含上年结转2件），均在法定期限内答复。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("6", "3", "22"), licensing="0", penalty="14",
                           enforcement="0", fees="0"),
        app2021(new=(39, 8, 1, 0, 2, 1), carried=2, granted=19, partial=6, denied=[0, 1, 0, 2, 3, 4, 0, 0],
                unable=[9, 2, 1], not_processed=[2, 1, 0, 0, 0], other=[1, 0, 1]),
        ReviewTable(reconsideration=(2, 0, 1, 0), direct=(1, 0, 0, 0)),
        ZERO_FEES),
    notes="PDF-converted text with a UTF-8 BOM.")

report(31, "fuzhou-gulou-district-gov", Agency(
    "福州市鼓楼区人民政府", "county_government", "county", "福建省", "福州市", "鼓楼区", None, "350102", "我区",
    "福州市鼓楼区人民政府网站"),
    2022, "2021", "html", "utf-8", national_body(
        2,
        "全年主动公开政府信息{proactive_items=4126}条。",
        "全年共受理政府信息公开申请{requests_received=163}件。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("3", "5", "18"), licensing="5328", penalty="1764",
                           enforcement="92", fees="2214.07"),
        app2021(new=(148, 11, 0, 0, 3, 1), carried=5, granted=(52, 3, 0, 0, 1, 0, 58), partial=17,
                denied=[0, 1, 0, 3, 2, 5, 2, 1], unable=[48, 6, 2], not_processed=[7, 2, 0, 1, 0],
                other=[3, 0, 2], next_year=8),
        ReviewTable(reconsideration=(5, 1, 0, 2, 9), direct=(2, 0, 1, 1), after=(1, 0, 0, 0)),
        ZERO_FEES),
    published="2023-01-30",
    notes="Totals that do not add up, recorded as stated: （一）予以公开 总计 58 while its columns sum "
          "to 56 (so （七）总计 160 differs from its columns' 158); 行政复议 总计 9 while its parts sum to 8.")

report(32, "guiyang-public-security", Agency(
    "贵阳市公安局", "public_security", "city", "贵州省", "贵阳市", None, None, "520100", "我局", "贵阳市公安局网站"),
    2023, "2021", "pdf", "utf-8", national_body(
        0,
        "{Y}年，{S}主动公开政府信息{proactive_items=5241}条。",
        "{Y}年，{S}共受理政府信息公开申请359件，答复{completed_total,completed_on_time=358}件，均在法定期限内答复。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("2", "1", "11"), licensing="284316",
                           penalty="412877", enforcement="9634", fees="0"),
        app2021(new=(341, 6, 0, 0, 12, 0), carried=11, granted=96, partial=38, denied=[4, 7, 3, 12, 2, 9, 41, 16],
                unable=[74, 8, 5], not_processed=[22, 9, 0, 2, 3], other=[4, 0, 3]),
        ReviewTable(reconsideration=(12, 1, 3, 2), direct=(5, 0, 1, 3), after=(2, 0, 0, 1)),
        NONE_FEES),
    title_year=2022,
    notes="Title year disagrees with the text: the title says 2022, the statistics period and the text "
          "report on 2023.")

report(33, "guangdong-hrss", Agency(
    "广东省人力资源和社会保障厅", "human_resources_social_security", "province", "广东省", None, None, None,
    "440000", "我厅", "广东省人力资源和社会保障厅网站"),
    2022, "2021", "html", "utf-8", national_body(
        1,
        "全年主动公开政府信息{proactive_items=6900|6900余}条。",
        "全年共收到政府信息公开申请{requests_received=2846}件，办理答复{completed_total,completed_on_time=2840}件，均在法定期限内答复。",
        ProactiveTable2021(rules=("0", "0", "3"), normative=("11", "8", "57"), licensing="2107", penalty="0",
                           enforcement="0"),
        app2021(new=(2519, 211, 7, 5, 86, 18), carried=64, granted=873, partial=246,
                denied=[2, 11, 3, 48, 17, 62, 0, 29], unable=[982, 137, 58], not_processed=[176, 84, 3, 22, 11],
                other=[51, 2, 23]),
        ReviewTable(reconsideration=(47, 6, 11, 9), direct=(14, 1, 3, 6), after=(9, 0, 2, 4)),
        ZERO_FEES),
    published="2023-01-18")

report(34, "henan-government-office", Agency(
    "河南省人民政府办公厅", "government_office", "province", "河南省", None, None, None, "410000", "我厅",
    "河南省人民政府门户网站"),
    2021, "2021", "cells", "utf-8", national_body(
        2,
        "全年主动公开政府信息{proactive_items=2968}条。",
        "全年收到政府信息公开申请{requests_received=758}件。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("14", "23", "118"), licensing="0", penalty="0",
                           enforcement="0", fees="0"),
        app2021(new=(687, 43, 2, 1, 19, 6), carried=21, granted=214, partial=63, denied=[3, 9, 2, 21, 14, 47, 0, 3],
                unable=[211, 29, 14], not_processed=[58, 26, 2, 5, 7], other=[17, 1, 8]),
        ReviewTable(reconsideration=(36, 4, 8, 5), direct=(6, 0, 2, 3), after=(4, 1, 0, 2)),
        "{Y}年，{S}收取信息处理费{fees_collected_yuan=1200}元。"),
    notes="A fee that is not zero: 1200 yuan.")

report(35, "pingjiang-sanshi-town", Agency(
    "平江县三市镇人民政府", "township_government", "township", "湖南省", "岳阳市", "平江县", "三市镇",
    "430626102", "我镇", "平江县人民政府门户网站"),
    2022, "2021", "pdf", "gb18030", national_body(
        0,
        "全年主动公开政府信息{proactive_items=87}条。",
        "本年度{S}{requests_received=0|未收到}政府信息公开申请，{reconsideration_total,litigation_total=0|未发生}因政府信息公开引起的行政复议和行政诉讼。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("0", "0", "0"), licensing="0", penalty="0",
                           enforcement="0", fees="0"),
        app2021(new=0, carried=0, granted=0, partial=0, denied=[0] * 8, unable=[0] * 3, not_processed=[0] * 5,
                other=[0] * 3),
        ReviewTable(),
        NONE_FEES),
    notes="Every table cell is 0; the prose says the same (未收到, 未发生). GB18030 PDF-converted text.")

report(36, "luoyang-city-gov", Agency(
    "洛阳市人民政府", "city_government", "city", "河南省", "洛阳市", None, None, "410300", "我市",
    "洛阳市人民政府门户网站"),
    2024, "2021", "html", "gb18030", national_body(
        1,
        "全年市政府网站主动公开各类政府信息{proactive_items=8600|8600余}条。",
        "全年共受理政府信息公开申请{requests_received=2017}件，答复{completed_total,completed_on_time=2007}件，均在法定期限内答复。政府信息公开行政复议{reconsideration_total=190}件，其中结果维持{reconsideration_upheld=94}件，结果纠正{reconsideration_corrected=21}件，其他结果{reconsideration_other=57}件，尚未审结{reconsideration_pending=18}件。",
        ProactiveTable2021(rules=("1", "0", "26"), normative=("13", "17", "152"), licensing="318642",
                           penalty="1274395", enforcement="24761", fees="68420.35"),
        app2021(new=(1843, 97, 3, 4, 58, 12), carried=41, granted=816, partial=263,
                denied=[3, 18, 6, 37, 22, 41, 14, 53], unable=[439, 38, 9], not_processed=[97, 31, 0, 4, 6],
                other=[61, 5, 44]),
        ReviewTable(reconsideration=(94, 21, 57, 18), direct=(12, 3, 7, 5), after=(8, 2, 3, 4)),
        "{Y}年，市政府收取信息处理费{fees_collected_yuan=2650}元。"),
    published="2025-01-24", charset_label="gbk",
    notes="GB18030 bytes behind <meta charset=gbk>. The prose repeats the 行政复议 row of the table.")

report(37, "tonglu-county-gov", Agency(
    "桐庐县人民政府", "county_government", "county", "浙江省", "杭州市", "桐庐县", None, "330122", "我县",
    "桐庐县人民政府门户网站"),
    2023, "2021", "tab", "utf-8", national_body(
        2,
        "全年主动公开政府信息{proactive_items=3058|fw}条。",
        "全年受理政府信息公开申请{requests_received=107|fw}件。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("5", "3", "31"), licensing="8416", penalty="3287",
                           enforcement="118", fees="3412.6"),
        app2021(new=(96, 8, 0, 0, 2, 1), carried=3, granted=41, partial=12, denied=[0, 1, 0, 3, 1, 4, 2, 0],
                unable=[28, 4, 2], not_processed=[3, 1, 0, 0, 1], other=[2, 0, 1]),
        ReviewTable(reconsideration=(3, 1, 0, 1), direct=(1, 0, 1, 0), after=(1, 0, 0, 0)),
        "{Y}年，{S}收取信息处理费{fees_collected_yuan=0|fw}元。"),
    fullwidth_tables=True,
    notes="Full-width digits in tables and prose.")

report(38, "ningxiang-health", Agency(
    "宁乡市卫生健康局", "health", "county", "湖南省", "长沙市", "宁乡市", None, "430182", "我局",
    "宁乡市人民政府门户网站"),
    2024, "2021", "pipe", "gbk", national_body(
        0,
        "全年主动公开政府信息{proactive_items=524}条。",
        "全年共收到政府信息公开申请{requests_received,completed_total,completed_on_time=10|cn}件，均在法定期限内答复。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("1", "2", "7"), licensing="1386", penalty="213",
                           enforcement="11"),
        app2021(new=(9, 1, 0, 0, 0, 0), carried=0, granted=4, partial=1, denied=[0, 0, 0, 1, 0, 0, 0, 0],
                unable=[3, 0, 0], not_processed=[1, 0, 0, 0, 0], other=[0, 0, 0]),
        ReviewTable(),
        NONE_FEES),
    notes="County-level city. 十件 in Chinese numerals. GBK.")

report(39, "sichuan-ecology-environment", Agency(
    "四川省生态环境厅", "ecology_environment", "province", "四川省", None, None, None, "510000", "我厅",
    "四川省生态环境厅网站"),
    2021, "2021", "pdf", "utf-8", national_body(
        1,
        "全年主动公开政府信息{proactive_items=3374}条。",
        "全年受理政府信息公开申请{requests_received=279}件。",
        ProactiveTable2021(rules=("0", "0", "1"), normative=("4", "6", "23"), licensing="1127", penalty="46",
                           enforcement="0", fees="0"),
        app2021(new=(213, 48, 3, 6, 7, 2), carried=12, granted=104, partial=27, denied=[1, 2, 0, 8, 3, 11, 2, 0],
                unable=[71, 12, 6], not_processed=[12, 7, 1, 0, 2], other=[8, 1, 5]),
        ReviewTable(reconsideration=(8, 1, 2, 2), direct=(3, 0, 1, 1), after=(1, 0, 0, 0)),
        ZERO_FEES))

report(40, "qingdao-natural-resources", Agency(
    "青岛市自然资源和规划局", "natural_resources", "city", "山东省", "青岛市", None, None, "370200", "我局",
    "青岛市自然资源和规划局网站"),
    2022, "2021", "cells", "gb18030", national_body(
        2,
        "全年主动公开政府信息{proactive_items=3912}条。",
        "全年收到政府信息公开申请{requests_received=456}件。",
        ProactiveTable2021(rules=("0", "0", "0"), normative=("8", "5", "41"), licensing="4923", penalty="137",
                           enforcement="2", fees="0"),
        app2021(new=(386, 52, 1, 0, 13, 4), carried=19, granted=128, partial=47, denied=[0, 2, 1, 11, 4, 19, 0, 3],
                unable=[163, 21, 7], not_processed=[22, 8, 0, 3, 1], other=[12, 0, 9]),
        ReviewTable(reconsideration=(16, 3, 4, 5), direct=(6, 1, 2, 3), after=(3, 0, 1, 1)),
        ZERO_FEES),
    crlf=True)
