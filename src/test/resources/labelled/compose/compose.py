#!/usr/bin/env python3
"""Writes the synthetic reports of the labelled set (reports/0NN_*) and their labels (expected/0NN_*.json).

Every number a synthetic report prints comes from its specification in reports_national.py or
reports_older.py, and its labels are derived from the same specification by the labelling rules of
../README.md, so a report and its labels cannot drift apart. Run it from anywhere:

    python3 src/test/resources/labelled/compose/compose.py

The hand-labelled files (the seeds and the real reports) are not touched.
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ inside the test resources

from documents import labels, labels_json, render  # noqa: E402
from reports_national import REPORTS as NATIONAL  # noqa: E402
from reports_older import REPORTS as OLDER  # noqa: E402

LABELLED = HERE.parent
CATALOG = HERE.parents[4] / "src/main/java/io/github/opendisclosure/extract/ReportMetric.java"


def metric_order():
    """The metric keys in catalog order, read from the enum so that the labels use its keys only."""
    source = CATALOG.read_text(encoding="utf-8")
    return [name.lower() for name in re.findall(r"^  ([A-Z][A-Z0-9_]+)\(", source, re.MULTILINE)]


def main():
    order = metric_order()
    reports = NATIONAL + OLDER
    numbers = [report.number for report in reports]
    assert len(numbers) == len(set(numbers)), "report numbers must be unique"
    for report in reports:
        data = render(report)
        (LABELLED / "reports" / f"{report.base_name}.{report.extension}").write_bytes(data)
        (LABELLED / "expected" / f"{report.base_name}.json").write_text(
            labels_json(labels(report, order)), encoding="utf-8")
    print(f"wrote {len(reports)} synthetic reports and their labels under {LABELLED}")


if __name__ == "__main__":
    main()
