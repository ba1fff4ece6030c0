"""Every string the front end shows is found by pyside6-lupdate, under the context it is looked up
in, and translated in each catalogue of resources/translations."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}
# Qt calls whose string arguments a user reads: a bare English literal there escapes translation
SINKS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText", "setIconText", "setTitle",
    "addTab", "setTabText", "addAction", "addMenu", "addItem", "addRow", "addButton", "showMessage",
    "setWhatsThis", "setAccessibleName", "setLabelText", "setHorizontalHeaderLabels", "insertTab",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu", "QToolButton",
    "QMessageBox", "information", "warning", "critical", "question", "getSaveFileName", "getOpenFileName",
    "getExistingDirectory", "TableModel", "set", "notify", "emit",
}
WORD = re.compile(r"[A-Za-z]{2,}")
# not prose: a key or kind (``"refused"``), a style sheet, markup, a file suffix, the product's name
NOT_PROSE = re.compile(r"^[a-z_]+$|^\.\w+$|(?:color|background|border|font)[\w-]*:|^(?:<[^>]*>|MeetingDesk|\s)+$")
LOGGERS = {"log", "logger", "logging"}


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def marked_strings() -> set[tuple[str, str]]:
    """(context, source) of every literal the code passes to translate() or QT_TRANSLATE_NOOP()."""
    found = set()
    for path in UI.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in MARKERS and len(node.args) >= 2:
                context, source = node.args[:2]
                if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
                    found.add((context.value, source.value))
    return found


def escaped_strings() -> list[str]:
    """English literals handed to a Qt call that shows them, outside translate()."""
    escaped = []

    def visit(expr: ast.AST, where: str) -> None:
        if isinstance(expr, ast.Call) and _name(expr.func) in MARKERS | {"date", "time"}:
            return  # translated, or a CLDR pattern
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str) and WORD.search(expr.value) \
                and not NOT_PROSE.search(expr.value):
            escaped.append(f"{where}: {expr.value!r}")
            return
        for child in ast.iter_child_nodes(expr):
            if not (isinstance(expr, ast.Call) and child is expr.func):
                if isinstance(expr, ast.Subscript) and child is expr.slice:
                    continue  # LABELS["key"]: the key is no text
                visit(child, where)

    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = node.func if isinstance(node, ast.Call) else None
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in LOGGERS:
                continue  # the log stays in English
            if func is not None and _name(func) in SINKS:
                for arg in node.args:
                    visit(arg, f"{path.name}:{node.lineno}")
    return escaped


def lupdate_strings(tmp_path: Path) -> set[tuple[str, str]]:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        tool = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    ts = tmp_path / "all.ts"
    subprocess.run([str(tool), *sorted(str(p) for p in UI.glob("*.py")), "-ts", str(ts)],
                   check=True, capture_output=True)
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}


def test_no_visible_string_escapes_translation():
    assert escaped_strings() == []


def test_lupdate_finds_every_string_under_its_context(tmp_path):
    extracted = lupdate_strings(tmp_path)
    assert all(context for context, _ in extracted), "a string extracted under no context"
    assert extracted == marked_strings()


@pytest.mark.parametrize("language", ["fr", "es"])
def test_catalogue_translates_every_string(language):
    root = ET.parse(TRANSLATIONS / f"meetingdesk_{language}.ts").getroot()
    translated = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr.get("type") in (None, "") and (tr.text or "").strip():
                translated[(context.findtext("name"), message.findtext("source"))] = tr.text
    missing = marked_strings() - set(translated)
    assert not missing, f"{len(missing)} untranslated in {language}, e.g. {sorted(missing)[:5]}"
    for (context, source), text in translated.items():  # placeholders survive translation
        assert sorted(re.findall(r"\{\d+(?::[^}]*)?\}", source)) == sorted(re.findall(r"\{\d+(?::[^}]*)?\}", text)), (context, source, text)
