"""A whole report in one layout and encoding, and the labels that follow from what it states."""

import html
import json
import re
from dataclasses import dataclass, field

from layouts import FULLWIDTH_DIGITS, table_lines

# {key=value}, {key1,key2=value|display}: a number the prose states for those metrics, shown as
# `display` ("fw": full-width digits, "cn": Chinese numerals, anything else: literally).
PROSE_NUMBER = re.compile(r"\{([a-z_,]+)=(\d+)(?:\|([^}]*))?\}")
CHINESE_DIGITS = "零一二三四五六七八九"


def chinese_numeral(value):
    assert 0 <= value < 100, value
    if value < 10:
        return CHINESE_DIGITS[value]
    tens, units = divmod(value, 10)
    return ("" if tens == 1 else CHINESE_DIGITS[tens]) + "十" + (CHINESE_DIGITS[units] if units else "")


@dataclass
class Agency:
    name: str
    agency_type: str
    level: str
    province: str
    city: str | None
    county: str | None
    township: str | None
    division_code: str
    short: str  # how the report calls itself: 我局, 我委, 我区...
    site: str   # the portal the page is published on


@dataclass
class Report:
    number: int
    slug: str
    agency: Agency
    year: int
    template: str
    layout: str          # html, pipe, framed, tab, cells, bars (pre2019 only), pdf, text (no table)
    encoding: str        # utf-8, utf-8-sig, gb18030, gbk
    body: list           # paragraphs (str, may hold {key=value} numbers) and tables
    title_year: int | None = None
    published: str = ""
    fullwidth_tables: bool = False
    crlf: bool = False
    charset_label: str | None = None  # what an HTML page's <meta> claims, when it differs
    notes: str = ""
    text_header: list = field(default_factory=list)

    @property
    def extension(self):
        return "html" if self.layout == "html" else "txt"

    @property
    def base_name(self):
        return f"{self.number:03d}_{self.slug}-{self.year}"

    @property
    def title(self):
        return f"{self.agency.name}{self.title_year or self.year}年政府信息公开工作年度报告"


def fill(text, report):
    """The paragraph as printed, and the metrics its numbers state."""
    stated = {}

    def replace(match):
        keys, value, display = match.group(1).split(","), int(match.group(2)), match.group(3)
        for key in keys:
            assert key not in stated or stated[key] == value, (report.base_name, key)
            stated[key] = value
        if display is None:
            return str(value)
        if display == "fw":
            return str(value).translate(FULLWIDTH_DIGITS)
        if display == "cn":
            return chinese_numeral(value)
        return display

    text = text.replace("{A}", report.agency.name).replace("{S}", report.agency.short) \
        .replace("{Y}", str(report.year)).replace("{Y1}", str(report.year + 1)) \
        .replace("{site}", report.agency.site)
    return PROSE_NUMBER.sub(replace, text), stated


def labels(report, metric_order):
    """The expected record: table numbers first, then prose numbers for keys no table states."""
    metrics, prose_keys, conflicts = {}, [], []
    for block in report.body:
        if not isinstance(block, str):
            metrics.update(block.metrics())
    for block in report.body:
        if isinstance(block, str):
            for key, value in fill(block, report)[1].items():
                if key not in metrics:
                    metrics[key] = value
                    prose_keys.append(key)
                elif key not in prose_keys and metrics[key] != value:
                    conflicts.append(f"{key}: the table states {metrics[key]}, the prose {value}; the table's value is kept")
    unknown = set(metrics) - set(metric_order)
    assert not unknown, (report.base_name, unknown)
    agency = report.agency
    notes = " ".join(part for part in [report.notes] + conflicts if part)
    return {
        "agency_name": agency.name, "agency_type": agency.agency_type, "level": agency.level,
        "province": agency.province, "city": agency.city, "county": agency.county,
        "township": agency.township, "division_code": agency.division_code, "year": report.year,
        "template": report.template,
        "metrics": {key: metrics[key] for key in metric_order if key in metrics},
        "prose_keys": [key for key in metric_order if key in prose_keys],
        "notes": notes,
    }


def labels_json(expected):
    """The label file: one field a line, metrics one a line, so that a diff shows one changed number."""
    lines = ["{"]
    items = list(expected.items())
    for index, (key, value) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        if key == "metrics" and value:
            lines.append('  "metrics": {')
            metric_items = list(value.items())
            for i, (metric, number) in enumerate(metric_items):
                lines.append(f'    "{metric}": {number}' + ("," if i < len(metric_items) - 1 else ""))
            lines.append("  }" + comma)
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


# ---- Rendering ------------------------------------------------------------------------------------

def render(report):
    paragraphs = lambda: [(fill(b, report)[0] if isinstance(b, str) else b) for b in report.body]
    if report.layout == "html":
        text = render_html(report, paragraphs())
    elif report.layout == "pdf":
        text = render_pdf(report, paragraphs())
    else:
        text = render_text(report, paragraphs())
    if report.crlf:
        text = text.replace("\n", "\r\n")
    return text.encode(report.encoding)


def render_text(report, blocks):
    lines = list(report.text_header) + [report.title]
    for block in blocks:
        if isinstance(block, str):
            lines.append(block)
        else:
            lines += table_lines(block, report.layout, report.fullwidth_tables)
    return "\n".join(lines) + "\n"


def wrap(paragraph, width):
    """Breaks a paragraph the way a PDF page does, never inside a number."""
    lines, line = [], ""
    for index, char in enumerate(paragraph):
        line += char
        following = paragraph[index + 1] if index + 1 < len(paragraph) else ""
        if len(line) >= width and not (char.isdigit() and following.isdigit()) and following not in "，。、；：）":
            lines.append(line)
            line = ""
    return lines + ([line] if line else [])


def spaced_numbers(paragraph):
    """PDF conversion often leaves a space between Chinese text and a number."""
    return re.sub(r"(?<=[\u4e00-\u9fff])(\d+)", r" \1", paragraph)


def render_pdf(report, blocks):
    lines = [report.agency.name, f"{report.title_year or report.year} 年政府信息公开工作年度报告"]
    for index, block in enumerate(blocks):
        if isinstance(block, str):
            text = spaced_numbers(block) if index % 2 else block
            lines += wrap(text, 30)
        else:
            lines += table_lines(block, "pdf", report.fullwidth_tables)
    out, page = [], 1
    for index, line in enumerate(lines, start=1):
        out.append(line)
        if index % 36 == 0:
            out += [f"- {page} -", ""]
            page += 1
    out.append(f"- {page} -")
    return "\n".join(out) + "\n"


HTML_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{title}_{site}</title>
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="{published}" />
<link rel="stylesheet" type="text/css" href="/images/common.css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?3f0e2f8c"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();
</script>
</head>
<body>
<div class="top"><div class="top_l">欢迎访问{site}</div><div class="top_r"><a href="/wza/">无障碍</a> | <a href="/m/">手机版</a> | <a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a></div></div>
<div class="nav">
<ul>
<li><a href="/">首页</a></li>
<li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li>
<li><a href="/ztzl/">专题专栏</a></li>
</ul>
</div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="article">
<h1 class="article_title">{title}</h1>
<div class="article_info">发布时间：{published}&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;浏览次数：<span id="hits">{hits}</span>&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="article_content" id="zoom">
{content}
</div>
<div class="article_tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">
<p>主办：{source}&nbsp;&nbsp;技术支持：{site}运维中心</p>
<p>网站标识码：{site_code}&nbsp;&nbsp;ICP备案号：{icp}</p>
</div>
<script type="text/javascript">$(function(){{ $.get("/counter?id={site_code}", function(n){{ $("#hits").text(n); }}); }});</script>
</body>
</html>
"""


def render_html(report, blocks):
    content = []
    for block in blocks:
        if isinstance(block, str):
            style = ' style="text-indent:2em;"' if not re.match(r"^[一二三四五六七八九十]+、", block) else ""
            content.append(f"<p{style}>{html.escape(block, quote=False)}</p>")
        else:
            content += table_lines(block, "html", report.fullwidth_tables)
    charset = report.charset_label or {"utf-8": "utf-8", "utf-8-sig": "utf-8", "gb18030": "gb18030",
                                       "gbk": "gbk"}[report.encoding]
    code = report.agency.division_code[:6]
    return HTML_PAGE.format(
        charset=charset, title=html.escape(report.title), site=report.agency.site,
        published=report.published, source=report.agency.name, hits=(report.number * 397) % 5000 + 120,
        content="\n".join(content), site_code=code + "0001", icp=f"ICP备{code}号-1")
