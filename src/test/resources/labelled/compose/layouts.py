"""How a table looks in each layout of the set: HTML with merged cells, pipe- and tab-separated text,
one cell a line, the old 统计表 export with "cell |" lines, and PDF-converted text."""

import html

from tables import (ApplicationTable, ProactiveTable2019, ProactiveTable2021, ReviewTable,
                    StatisticsTable2008)

FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
FULLWIDTH_PUNCTUATION = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "："})


def label(text):
    """A row label as the templates print it, with full-width punctuation."""
    return text.translate(FULLWIDTH_PUNCTUATION)


class Cell:
    def __init__(self, text, rowspan=1, colspan=1):
        self.text, self.rowspan, self.colspan = text, rowspan, colspan


def number(value, fullwidth):
    if value is None:
        return ""
    text = str(value)
    return text.translate(FULLWIDTH_DIGITS) if fullwidth else text


# ---- Grids: rows of cells, merged cells present in their first row only ---------------------------------

def application_grid(table: ApplicationTable, fullwidth=False):
    rows = [
        [Cell(label("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"), 3, 3), Cell("申请人情况", 1, 7)],
        [Cell("自然人", 2), Cell("法人或其他组织", 1, 5), Cell("总计", 2)],
        [Cell("商业企业"), Cell("科研机构"), Cell("社会公益组织"), Cell("法律服务机构"), Cell("其他")],
    ]
    outcome_count = sum(1 for _, _, key, _ in table.rows
                        if key not in ("requests_received", "requests_carried_over", "carried_to_next_year"))
    groups_seen = set()
    first_outcome = True
    for group, text, key, cells in table.rows:
        values = [Cell(number(v, fullwidth)) for v in cells]
        if key in ("requests_received", "requests_carried_over", "carried_to_next_year"):
            rows.append([Cell(label(text), 1, 3)] + values)
            continue
        row = []
        if first_outcome:
            row.append(Cell("三、本年度办理结果", outcome_count))
            first_outcome = False
        if group:
            if group not in groups_seen:
                groups_seen.add(group)
                span = sum(1 for g, _, _, _ in table.rows if g == group)
                row.append(Cell(label(group), span))
            row.append(Cell(label(text)))
        else:
            row.append(Cell(label(text), 1, 2))
        rows.append(row + values)
    return rows


def review_grid(table: ReviewTable, fullwidth=False):
    outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [
        [Cell("行政复议", 1, 5), Cell("行政诉讼", 1, 10)],
        [Cell(text, 2) for text in outcomes] + [Cell("未经复议直接起诉", 1, 5), Cell("复议后起诉", 1, 5)],
        [Cell(text) for text in outcomes * 2],
        [Cell(number(v, fullwidth)) for v in table.values],
    ]


def proactive_grid(table, fullwidth=False):
    rows = []
    for title, header, section_rows in table.sections:
        rows.append([Cell(label(title), 1, len(header))])
        rows.append([Cell(label(text)) for text in header])
        for text, cells, _ in section_rows:
            rows.append([Cell(text)] + [Cell(number(v, fullwidth)) for v in cells])
    return rows


def statistics_grid(table: StatisticsTable2008, fullwidth=False):
    rows = [[Cell("统计指标"), Cell("单位"), Cell("统计数")]]
    for text, unit, key, cell in table.rows:
        rows.append([Cell(label(text)), Cell(unit), Cell("/" if key is None else number(cell, fullwidth))])
    return rows


def grid(table, fullwidth=False):
    if isinstance(table, ApplicationTable):
        return application_grid(table, fullwidth)
    if isinstance(table, ReviewTable):
        return review_grid(table, fullwidth)
    if isinstance(table, (ProactiveTable2019, ProactiveTable2021)):
        return proactive_grid(table, fullwidth)
    return statistics_grid(table, fullwidth)


def expand(rows):
    """The full matrix of a grid, merged areas as empty strings, the way a spreadsheet export has them."""
    occupied, matrix = set(), []
    for r, row in enumerate(rows):
        line, column = [], 0
        for cell in row:
            while (r, column) in occupied:
                line.append("")
                column += 1
            line.append(cell.text)
            occupied.update((r + dr, column + dc) for dr in range(cell.rowspan) for dc in range(cell.colspan))
            column += 1
        while (r, column) in occupied:
            line.append("")
            column += 1
        matrix.append(line)
    return matrix


# ---- Text layouts ---------------------------------------------------------------------------------

def html_table(rows, attributes=' border="1" cellspacing="0" cellpadding="0" width="100%"'):
    out = [f"<table{attributes}>", "<tbody>"]
    for row in rows:
        cells = []
        for cell in row:
            span = (f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "") + \
                   (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "")
            text = html.escape(cell.text, quote=False) or "&nbsp;"
            cells.append(f'<td{span} valign="center"><p style="text-align:center;">'
                         f'<span style="font-size:14px;">{text}</span></p></td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return out


def pipe_table(rows, framed=False):
    lines = []
    for row in rows:
        text = " | ".join(cell.text for cell in row)
        lines.append(f"| {text} |" if framed else text)
    return lines


def tab_table(rows):
    return ["\t".join(line) for line in expand(rows)]


def cell_lines(rows):
    return [cell.text for row in rows for cell in row if cell.text]


def bar_lines(rows):
    """The old 统计表 copied out of a spreadsheet viewer: every cell on its own line followed by " |"."""
    lines = []
    for row in rows:
        for cell in row:
            lines.append(f"{cell.text} |" if cell.text else "|")
    return lines


# ---- PDF-converted text ---------------------------------------------------------------------------

def chunks(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


def pdf_row(text, values, width=20):
    """A table row as PDF conversion leaves it: a long label wraps around the row's numbers."""
    numbers = " ".join(values)
    if len(text) <= width:
        return [f"{text} {numbers}".strip()]
    parts = chunks(text, 14)
    if len(parts) == 2:
        return [parts[0], numbers, parts[1]]
    middle = len(parts) // 2
    return parts[:middle] + [f"{parts[middle]} {numbers}"] + parts[middle + 1:]


def pdf_application(table: ApplicationTable, fullwidth=False):
    lines = [
        "申请人情况", "法人或其他组织", label("(本列数据的勾稽关系为:第一项加第二项之和,等"), label("于第三项加第四项之和)"),
        "自然人 社会 法律 总计", "商业 科研", "公益 服务 其他", "企业 机构", "组织 机构",
    ]
    vertical = list("三、本年度办理结果")
    outcome_index = 0
    group_positions = {}
    for group in {g for g, _, _, _ in table.rows if g}:
        members = [key for g, _, key, _ in table.rows if g == group]
        group_positions[members[len(members) // 2]] = group
    for group, text, key, cells in table.rows:
        values = [number(v, fullwidth) for v in cells]
        if key in group_positions:
            lines.append(label(group_positions[key]))
        lines += pdf_row(label(text), values)
        if key not in ("requests_received", "requests_carried_over", "carried_to_next_year"):
            outcome_index += 1
            if outcome_index >= 3 and vertical:
                lines.append(vertical.pop(0))
    return lines


def pdf_review(table: ReviewTable, fullwidth=False):
    return [
        "行政复议 行政诉讼",
        "未经复议直接起诉 复议后起诉",
        "结果 结果 其他 尚未",
        "总 计",
        "维持 纠正 结果 审结 结果 结果 其他 尚未 结果 结果 其他 尚未",
        "总 计 总 计",
        "维持 纠正 结果 审结 维持 纠正 结果 审结",
        " ".join(number(v, fullwidth) for v in table.values),
    ]


def pdf_proactive(table, fullwidth=False):
    lines = []
    for title, header, section_rows in table.sections:
        lines.append(label(title))
        lines.append(label(" ".join(header)))
        for text, cells, _ in section_rows:
            values = [number(v, fullwidth) for v in cells]
            assert all(values) or not any(values), f"{text}: a PDF row cannot leave some cells blank"
            lines.append(" ".join([text] + [v for v in values if v]))
    return lines


def pdf_statistics(table: StatisticsTable2008, fullwidth=False):
    lines = ["统计指标 单位 统计数"]
    for text, unit, key, cell in table.rows:
        value = "/" if key is None else number(cell, fullwidth)
        text = label(text)
        if len(text) > 22:
            parts = chunks(text, 20)
            lines += parts[:-1]
            text = parts[-1]
        lines.append(" ".join(part for part in (text, unit, value) if part))
    return lines


def pdf_table(table, fullwidth=False):
    if isinstance(table, ApplicationTable):
        return pdf_application(table, fullwidth)
    if isinstance(table, ReviewTable):
        return pdf_review(table, fullwidth)
    if isinstance(table, (ProactiveTable2019, ProactiveTable2021)):
        return pdf_proactive(table, fullwidth)
    return pdf_statistics(table, fullwidth)


def table_lines(table, layout, fullwidth=False):
    if layout == "pdf":
        return pdf_table(table, fullwidth)
    rows = grid(table, fullwidth)
    if layout == "html":
        return html_table(rows)
    if layout == "pipe":
        return pipe_table(rows)
    if layout == "framed":
        return pipe_table(rows, framed=True)
    if layout == "tab":
        return tab_table(rows)
    if layout == "cells":
        return cell_lines(rows)
    if layout == "bars":
        return bar_lines(rows)
    raise ValueError(layout)
