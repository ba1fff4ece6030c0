"""Code that behaves the same on Linux, Windows and macOS."""

from __future__ import annotations

import re
from pathlib import Path

from meetingdesk.report.export import file_name

ROOT = Path(__file__).resolve().parents[1]

# strftime directives and flags that only some C libraries know: %-d and %e (glibc, macOS) are not
# Windows', %#d is only Windows'. A date written with them breaks, or comes out wrong, elsewhere.
NOT_PORTABLE = re.compile(r"%[-_^#][a-zA-Z]|%[eklPsN]")
FORMATS = re.compile(r"""strftime\(\s*f?(["'])(.*?)\1|\{[^{}:'"]+:([^{}'"]*%[^{}'"]*)\}""")


def test_dates_are_formatted_without_platform_specific_strftime_codes():
    found = []
    for folder in ("meetingdesk", "ui", "tests", "bench", "docs", "packaging"):
        for path in (ROOT / folder).rglob("*.py"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                for match in FORMATS.finditer(line):
                    spec = match.group(2) or match.group(3) or ""
                    if NOT_PORTABLE.search(spec):
                        found.append(f"{path.relative_to(ROOT)}:{number}: {spec}")
    assert found == []


def test_an_export_is_offered_under_a_name_windows_accepts():
    assert file_name("Trafficking in children on the rise: immediate action required", "docx") == (
        "Trafficking in children on the rise - immediate action required.docx"
    )
    long = "High-level side event on financing the fight against trafficking in persons: what works and what does not"
    assert file_name(long, "docx") == (
        "High-level side event on financing the fight against trafficking in persons.docx"
    )
    assert file_name('Q&A: "who?" <panel> 1/2 | notes.', "pdf") == "Q&A - who - panel - 1 - 2 - notes.pdf"
    assert file_name("::", "csv") == "report.csv"
