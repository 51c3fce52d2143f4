"""The statistics tables of the three templates: their rows as the templates word them, and the
metrics each table states under the labelling rules of the set's README."""

from decimal import Decimal

# ---- 2019 and 2021 application table -------------------------------------------------------------

APPLICANT_KEYS = ["requests_natural_person", "requests_commercial_enterprise",
                  "requests_research_institution", "requests_social_welfare_organization",
                  "requests_legal_service_organization", "requests_other_organization"]

DENIED_ROWS = [
    ("1.属于国家秘密", "denied_state_secret"),
    ("2.其他法律行政法规禁止公开", "denied_prohibited_by_law"),
    ("3.危及“三安全一稳定”", "denied_security_stability"),
    ("4.保护第三方合法权益", "denied_third_party_rights"),
    ("5.属于三类内部事务信息", "denied_internal_affairs"),
    ("6.属于四类过程性信息", "denied_process_information"),
    ("7.属于行政执法案卷", "denied_law_enforcement_file"),
    ("8.属于行政查询事项", "denied_administrative_query"),
]
UNABLE_ROWS = [
    ("1.本机关不掌握相关政府信息", "unable_not_held"),
    ("2.没有现成信息需要另行制作", "unable_needs_creation"),
    ("3.补正后申请内容仍不明确", "unable_unclear_after_correction"),
]
NOT_PROCESSED_ROWS = [
    ("1.信访举报投诉类申请", "not_processed_petition_complaint"),
    ("2.重复申请", "not_processed_repeated"),
    ("3.要求提供公开出版物", "not_processed_publication"),
    ("4.无正当理由大量反复申请", "not_processed_excessive"),
    ("5.要求行政机关确认或重新出具已获取信息", "not_processed_confirm_existing"),
]
OTHER_ROWS_2021 = [
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other_no_correction"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other_fee_unpaid"),
    ("3.其他", "other_other"),
]
PARTIAL_LABEL = "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"


def columns(value):
    """A row's seven cells (自然人, five 法人或其他组织 columns, 总计) from six columns (total summed) or
    seven (total as stated); an int is all from natural persons."""
    if isinstance(value, int):
        return [value, 0, 0, 0, 0, 0, value]
    value = list(value)
    if len(value) == 6:
        return value + [sum(value)]
    assert len(value) == 7, value
    return value


def allocate(total, capacity):
    """Splits an outcome row's total over the six applicant columns in proportion to what each column
    still has to account for (largest remainder), so that every column balances like a real table's;
    what no column can take goes to natural persons."""
    room = sum(capacity)
    placed = min(total, room)
    shares = [placed * c / room if room else 0 for c in capacity]
    cells = [int(share) for share in shares]
    order = sorted(range(6), key=lambda i: (cells[i] - shares[i], i))
    for i in order:
        if sum(cells) == placed:
            break
        if cells[i] < capacity[i]:
            cells[i] += 1
    cells[0] += total - placed
    return cells + [total]


class ApplicationTable:
    """The 三、收到和处理政府信息公开申请情况 table of the 2019 and 2021 templates.

    Rows are (group, label, key, cells); `group` is the merged label on the left ((三)不予公开...),
    `key` the metric the row's 总计 cell states. `cut_after` ends the table after that row key, the
    way a truncated download or a lost PDF page ends it."""

    def __init__(self, template, new, carried, granted, partial, denied, unable, not_processed,
                 other, total=None, next_year=None, cut_after=None):
        self.template = template
        assert len(denied) == 8 and len(unable) == 3 and len(not_processed) == 5
        assert len(other) == 3 if template == "2021" else isinstance(other, int)
        specs = [granted, partial, *denied, *unable, *not_processed, *(other if template == "2021" else [other])]
        new, carried = columns(new), columns(carried)

        # An outcome given as an int is split over the applicant columns; the requests each column
        # still has to account for are its new and carried-over ones, less those carried to next year
        # (all counted as natural persons').
        capacity = [n + c for n, c in zip(new[:6], carried[:6])]
        capacity[0] -= max(0, new[6] + carried[6] - sum(s if isinstance(s, int) else columns(s)[6] for s in specs))
        for spec in specs:
            if not isinstance(spec, int):
                capacity = [max(0, room - cell) for room, cell in zip(capacity, columns(spec)[:6])]
        outcome_rows = []
        for spec in specs:
            if isinstance(spec, int):
                cells = allocate(spec, capacity)
                capacity = [room - cell for room, cell in zip(capacity, cells[:6])]
            else:
                cells = columns(spec)
            outcome_rows.append(cells)

        granted, partial = outcome_rows[0], outcome_rows[1]
        denied, unable, not_processed = outcome_rows[2:10], outcome_rows[10:13], outcome_rows[13:18]
        other = outcome_rows[18:]
        if total is None or isinstance(total, int):
            summed = [sum(c) for c in zip(*outcome_rows)]
            total = summed if total is None else summed[:6] + [total]
        if next_year is None:
            next_year = [n + c - t for n, c, t in zip(new, carried, total)]
        next_year = columns(next_year)

        rows = [("", "一、本年新收政府信息公开申请数量", "requests_received", new),
                ("", "二、上年结转政府信息公开申请数量", "requests_carried_over", carried),
                ("", "(一)予以公开", "granted", granted),
                ("", PARTIAL_LABEL, "partially_granted", partial)]
        rows += [("(三)不予公开", label, key, cells) for (label, key), cells in zip(DENIED_ROWS, denied)]
        rows += [("(四)无法提供", label, key, cells) for (label, key), cells in zip(UNABLE_ROWS, unable)]
        rows += [("(五)不予处理", label, key, cells)
                 for (label, key), cells in zip(NOT_PROCESSED_ROWS, not_processed)]
        if template == "2021":
            rows += [("(六)其他处理", label, key, cells) for (label, key), cells in zip(OTHER_ROWS_2021, other)]
        else:
            rows.append(("", "(六)其他处理", "other_handled", other[0]))
        rows.append(("", "(七)总计", "total_handled", total))
        rows.append(("", "四、结转下年度继续办理", "carried_to_next_year", next_year))
        if cut_after is not None:
            rows = rows[:[key for _, _, key, _ in rows].index(cut_after) + 1]
        self.rows = rows
        self.cut = cut_after is not None

    def metrics(self):
        stated = {}
        for _, _, key, cells in self.rows:
            stated[key] = cells[6]
            if key == "requests_received":
                stated.update(zip(APPLICANT_KEYS, cells[:6]))
                stated["requests_legal_person"] = sum(cells[1:6])
        # Subtotals the template has no row for: the sum of their reasons, only when every reason is there.
        groups = [("denied", DENIED_ROWS), ("unable_to_provide", UNABLE_ROWS),
                  ("not_processed", NOT_PROCESSED_ROWS)]
        if self.template == "2021":
            groups.append(("other_handled", OTHER_ROWS_2021))
        for subtotal, reasons in groups:
            if all(key in stated for _, key in reasons):
                stated[subtotal] = sum(stated[key] for _, key in reasons)
        return stated


# ---- 行政复议 / 行政诉讼 (15 numbers) ----------------------------------------------------------------

REVIEW_KEYS = [
    "reconsideration_upheld", "reconsideration_corrected", "reconsideration_other",
    "reconsideration_pending", "reconsideration_total",
    "litigation_direct_upheld", "litigation_direct_corrected", "litigation_direct_other",
    "litigation_direct_pending", "litigation_direct_total",
    "litigation_after_reconsideration_upheld", "litigation_after_reconsideration_corrected",
    "litigation_after_reconsideration_other", "litigation_after_reconsideration_pending",
    "litigation_after_reconsideration_total",
]


class ReviewTable:
    """四、政府信息公开行政复议、行政诉讼情况: three groups of 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
    Each group is given as four outcomes (total summed) or five values (total as stated)."""

    def __init__(self, reconsideration=(0, 0, 0, 0), direct=(0, 0, 0, 0), after=(0, 0, 0, 0)):
        values = []
        for group in (reconsideration, direct, after):
            group = list(group)
            values += group if len(group) == 5 else group + [sum(group)]
        self.values = values

    def metrics(self):
        stated = dict(zip(REVIEW_KEYS, self.values))
        stated["litigation_total"] = stated["litigation_direct_total"] + stated["litigation_after_reconsideration_total"]
        stated["litigation_corrected"] = (stated["litigation_direct_corrected"]
                                          + stated["litigation_after_reconsideration_corrected"])
        return stated


# ---- 主动公开 tables (第二十条) ----------------------------------------------------------------------

def wan_to_yuan(text):
    return int(Decimal(text) * 10000)


class ProactiveTable2019:
    """The 2019 主动公开 table. Each row is a tuple of cell texts or None for a blank cell; money in 万元."""

    def __init__(self, rules=(None, None, None), normative=(None, None, None),
                 licensing=(None, None, None), other_services=(None, None, None),
                 penalty=(None, None, None), enforcement=(None, None, None),
                 fees=(None, None), procurement=(None, None)):
        self.sections = [
            ("第二十条第(一)项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], [
                ("规章", rules, ["rules_made", "rules_published", "rules_total_published"]),
                ("规范性文件", normative, ["normative_documents_made", "normative_documents_published",
                                        "normative_documents_total_published"])]),
            ("第二十条第(五)项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"], [
                ("行政许可", licensing, ["licensing_items_previous_year", "licensing_items_change",
                                      "licensing_decisions"]),
                ("其他对外管理服务事项", other_services, [None, None, None])]),
            ("第二十条第(六)项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"], [
                ("行政处罚", penalty, ["penalty_items_previous_year", "penalty_items_change", "penalty_decisions"]),
                ("行政强制", enforcement, ["enforcement_items_previous_year", "enforcement_items_change",
                                      "enforcement_decisions"])]),
            ("第二十条第(八)项", ["信息内容", "上一年项目数量", "本年增/减"], [
                ("行政事业性收费", fees, ["fee_items_previous_year", "fee_items_change"])]),
            ("第二十条第(九)项", ["信息内容", "采购项目数量", "采购总金额(万元)"], [
                ("政府集中采购", procurement, ["procurement_projects", "procurement_amount_yuan"])]),
        ]

    def metrics(self):
        return proactive_metrics(self.sections)


class ProactiveTable2021:
    """The 2021 主动公开 table; the 行政事业性收费 amount in 万元."""

    def __init__(self, rules=(None, None, None), normative=(None, None, None), licensing=None,
                 penalty=None, enforcement=None, fees=None):
        self.sections = [
            ("第二十条第(一)项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], [
                ("规章", rules, ["rules_issued", "rules_repealed", "rules_in_force"]),
                ("行政规范性文件", normative, ["normative_documents_issued", "normative_documents_repealed",
                                          "normative_documents_in_force"])]),
            ("第二十条第(五)项", ["信息内容", "本年处理决定数量"], [
                ("行政许可", (licensing,), ["licensing_decisions"])]),
            ("第二十条第(六)项", ["信息内容", "本年处理决定数量"], [
                ("行政处罚", (penalty,), ["penalty_decisions"]),
                ("行政强制", (enforcement,), ["enforcement_decisions"])]),
            ("第二十条第(八)项", ["信息内容", "本年收费金额(单位:万元)"], [
                ("行政事业性收费", (fees,), ["administrative_fees_yuan"])]),
        ]

    def metrics(self):
        return proactive_metrics(self.sections)


def proactive_metrics(sections):
    stated = {}
    for _, _, rows in sections:
        for _, cells, keys in rows:
            for cell, key in zip(cells, keys):
                if cell is None or key is None:
                    continue
                stated[key] = wan_to_yuan(cell) if key.endswith("_yuan") else int(cell)
    return stated


# ---- pre-2019 政府信息公开情况统计表 -----------------------------------------------------------------

PRE2019_ROWS = [
    ("一、主动公开情况", "/", None),
    ("(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条)", "条", "proactive_items"),
    ("其中:主动公开规范性文件数", "条", "proactive_normative_documents"),
    ("制发规范性文件总数", "件", "normative_documents_issued"),
    ("(二)通过不同渠道和方式公开政府信息的情况", "/", None),
    ("1.政府公报公开政府信息数", "条", "proactive_via_gazette"),
    ("2.政府网站公开政府信息数", "条", "proactive_via_website"),
    ("3.政务微博公开政府信息数", "条", "proactive_via_weibo"),
    ("4.政务微信公开政府信息数", "条", "proactive_via_wechat"),
    ("5.其他方式公开政府信息数", "条", "proactive_via_other"),
    ("二、回应解读情况", "/", None),
    ("(一)回应公众关注热点或重大舆情数(不同方式回应同一热点或舆情计1次)", "次", "public_concerns_answered"),
    ("(二)通过不同渠道和方式回应解决的情况", "次", "responses_via_channels"),
    ("1.参加或举办新闻发布会总次数", "次", "press_conferences"),
    ("其中:主要负责同志参加新闻发布会次数", "次", "press_conferences_by_principal"),
    ("2.政府网站在线访谈次数", "次", "online_interviews"),
    ("其中:主要负责同志参加政府网站在线访谈次数", "次", "online_interviews_by_principal"),
    ("3.政策解读稿件发布数", "篇", "policy_interpretations"),
    ("4.微博微信回应事件数", "次", "responses_via_weibo_wechat"),
    ("5.其他方式回应事件数", "次", "responses_via_other"),
    ("三、依申请公开情况", "/", None),
    ("(一)收到申请数", "件", "requests_received"),
    ("1.当面申请数", "件", "requests_in_person"),
    ("2.传真申请数", "件", "requests_fax"),
    ("3.网络申请数", "件", "requests_online"),
    ("4.信函申请数", "件", "requests_letter"),
    ("(二)申请办结数", "件", "completed_total"),
    ("1.按时办结数", "件", "completed_on_time"),
    ("2.延期办结数", "件", "completed_late"),
    ("(三)申请答复数", "件", "total_handled"),
    ("1.属于已主动公开范围数", "件", "granted_already_public"),
    ("2.同意公开答复数", "件", "granted_on_request"),
    ("3.同意部分公开答复数", "件", "partially_granted"),
    ("4.不同意公开答复数", "件", "denied"),
    ("其中:涉及国家秘密", "件", "denied_state_secret"),
    ("涉及商业秘密", "件", "denied_commercial_secret"),
    ("涉及个人隐私", "件", "denied_personal_privacy"),
    ("危及国家安全、公共安全、经济安全和社会稳定", "件", "denied_security_stability"),
    ("不是《条例》所指政府信息", "件", "denied_not_government_information"),
    ("法律法规规定的其他情形", "件", "denied_other_legal_grounds"),
    ("5.不属于本行政机关公开数", "件", "unable_not_this_agency"),
    ("6.申请信息不存在数", "件", "unable_does_not_exist"),
    ("7.告知作出更改补充数", "件", "other_asked_to_amend"),
    ("8.告知通过其他途径办理数", "件", "other_referred_elsewhere"),
    ("四、行政复议数量", "件", "reconsideration_total"),
    ("(一)维持具体行政行为数", "件", "reconsideration_upheld"),
    ("(二)被依法纠错数", "件", "reconsideration_corrected"),
    ("(三)其他情形数", "件", "reconsideration_other"),
    ("五、行政诉讼数量", "件", "litigation_total"),
    ("(一)维持具体行政行为或者驳回原告诉讼请求数", "件", "litigation_upheld"),
    ("(二)被依法纠错数", "件", "litigation_corrected"),
    ("(三)其他情形数", "件", "litigation_other"),
    ("六、举报投诉数量", "件", "complaints_total"),
    ("七、依申请公开信息收取的费用", "万元", "fees_collected_yuan"),
    ("八、机构建设和保障经费情况", "/", None),
    ("(一)政府信息公开工作专门机构数", "个", "disclosure_offices"),
    ("(二)设置政府信息公开查阅点数", "个", "reading_points"),
    ("(三)从事政府信息公开工作人员数", "人", "staff_total"),
    ("1.专职人员数(不包括政府公报及政府网站工作人员数)", "人", "staff_full_time"),
    ("2.兼职人员数", "人", "staff_part_time"),
    ("(四)政府信息公开专项经费(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费)", "万元",
     "disclosure_budget_yuan"),
    ("九、政府信息公开会议和培训情况", "/", None),
    ("(一)召开政府信息公开工作会议或专题会议数", "次", "meetings"),
    ("(二)举办各类培训班数", "次", "training_sessions"),
    ("(三)接受培训人员数", "人次", "trainees"),
]

PRE2019_SUMS = [("granted", ["granted_already_public", "granted_on_request"]),
                ("unable_to_provide", ["unable_not_this_agency", "unable_does_not_exist"]),
                ("other_handled", ["other_asked_to_amend", "other_referred_elsewhere"])]


class StatisticsTable2008:
    """The pre-2019 统计表: 统计指标 | 单位 | 统计数. `values` maps metric keys to cell texts; a key that
    is missing or None is a blank cell. `cut_after` ends the table after that key's row."""

    def __init__(self, values, cut_after=None):
        self.values = values
        rows = [(label, unit, key, None if key is None else values.get(key)) for label, unit, key in PRE2019_ROWS]
        if cut_after is not None:
            rows = rows[:[key for _, _, key, _ in rows].index(cut_after) + 1]
        self.rows = rows
        self.cut = cut_after is not None

    def metrics(self):
        stated = {}
        for _, _, key, cell in self.rows:
            if key is None or cell is None:
                continue
            stated[key] = wan_to_yuan(cell) if key.endswith("_yuan") else int(cell)
        for total, parts in PRE2019_SUMS:
            if all(part in stated for part in parts):
                stated[total] = sum(stated[part] for part in parts)
        return stated
