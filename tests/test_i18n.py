"""The core's words in French and Spanish: every message the code marks is in each catalogue, with
its placeholders; refusals keep English for the log and render in the chosen language; dates, times,
lists and language names come from CLDR."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from meetingdesk import i18n
from meetingdesk.i18n import Message
from meetingdesk.journal.errors import CommandRefused

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "meetingdesk"
CATALOGUES = ROOT / "resources" / "translations"
# the markers babel.cfg and docs/translations.md give pybabel extract
KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2), "Message": None, "CommandRefused": None,
            "StorageError": None, "Word": None}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def marked() -> set[str]:
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(CORE), method_map=[("**.py", "python")], keywords=KEYWORDS):
        found.update(message if isinstance(message, tuple) else (message,))
    return found


@pytest.fixture
def language():
    """Speak a language for one test, English again after it."""
    yield i18n.set_language
    i18n.set_language("en")


@pytest.mark.parametrize("code", ["fr", "es"])
def test_each_catalogue_translates_every_message_the_core_marks(code):
    with (CATALOGUES / f"core_{code}.po").open("rb") as f:
        catalogue = read_po(f)
    translated = {}
    for message in catalogue:
        if not message.id or message.fuzzy:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        for source, text in zip(ids, texts, strict=False):  # a language may have more plural forms
            if text:
                translated[source] = text
    missing = marked() - set(translated)
    assert not missing, f"{len(missing)} messages untranslated in core_{code}.po, e.g. {sorted(missing)[:5]}"
    for source, text in translated.items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (source, text)


@pytest.mark.parametrize("code", ["fr", "es"])
def test_the_installed_catalogue_is_the_one_in_the_repository(code):
    # the .mo is compiled at build (setup.py): one compiled from an older .po would show old words
    with (CATALOGUES / f"core_{code}.po").open("rb") as f:
        catalogue = read_po(f)
    for message in catalogue:
        if message.id and not isinstance(message.id, tuple):
            assert i18n.gettext(message.id, code) == message.string, message.id


def test_no_refusal_escapes_the_catalogue():
    """A refusal or storage error says what happened in a literal the extractor sees (or a Message)."""
    escaped = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("CommandRefused", "StorageError") and node.args:
                first = node.args[0]
                literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                message = isinstance(first, ast.IfExp) and all(
                    isinstance(b, ast.Call) and getattr(b.func, "id", None) == "Message" for b in (first.body, first.orelse))
                passed_on = isinstance(first, ast.Name)  # a code_problem() sentence, or a Message built above
                if not (literal or message or passed_on):
                    escaped.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert escaped == []


def test_a_refusal_logs_english_and_shows_the_chosen_language(language):
    refusal = CommandRefused("{name} has withdrawn", name="Ms. Sophie Otiende")
    language("fr")
    assert refusal.reason == str(refusal) == "Ms. Sophie Otiende has withdrawn"  # the log's words
    assert refusal.message.render() == "Ms. Sophie Otiende s’est retiré(e)"
    assert refusal.message.render("es") == "Ms. Sophie Otiende se ha retirado"


def test_the_relay_alert_is_spoken_in_the_chosen_language(language):
    from meetingdesk.interpretation.plan import InterpretationPlan

    booths = [("en", ["fr", "es", "ne"], 2), ("fr", ["en"], 2), ("es", ["en"], 2)]
    plan = InterpretationPlan.build(["en", "fr", "ne", "es"], "en", booths)
    assert plan.alert("Ms. Charimaya Tamang", "ne") == (
        "Ms. Charimaya Tamang speaks Nepali — French and Spanish on relay from English")
    language("fr")
    plan = InterpretationPlan.build(["en", "fr", "ne", "es"], "en", booths)
    assert plan.alert("Ms. Charimaya Tamang", "ne") == (
        "Ms. Charimaya Tamang parle népalais — français et espagnol en relais depuis anglais")
    language("es")
    plan = InterpretationPlan.build(["en", "fr", "ne", "es"], "en", booths)
    assert plan.alert("Ms. Charimaya Tamang", "ne") == (
        "Ms. Charimaya Tamang habla nepalí — francés y español por relé desde inglés")


def test_dates_times_and_zones_come_from_cldr():
    moment = dt.datetime(2025, 3, 14, 14, 0, tzinfo=ZoneInfo("Europe/Zurich"))
    assert i18n.date(moment, code="en") == "Friday, 14 March 2025"
    assert i18n.date(moment, code="fr") == "vendredi 14 mars 2025"
    assert i18n.date(moment, code="es") == "viernes, 14 de marzo de 2025"
    assert i18n.date(dt.date(2025, 3, 4), "MMMMEEEEd", code="fr") == "mar. 4 mars"  # no leading zero, anywhere
    assert i18n.time(moment, code="fr") == "14:00"
    assert i18n.zone_name(moment, code="es") == "CET"
    assert i18n.zone_name(moment.replace(month=7), code="fr") == "CEST"
    assert i18n.duration(300, code="es") == "5 minutos"
    assert i18n.duration(86400, code="fr") == "1\u00a0jour"  # CLDR keeps number and unit together
    assert i18n.and_list(["français", "espagnol"], code="fr") == "français et espagnol"
    assert i18n.ago(90, code="fr") == "il y a 2 minutes"
    assert i18n.ago(5, code="es") == "hace 5 segundos"


def test_a_message_is_its_english_sentence_in_a_log():
    message = Message("{segment} is already running", segment="“Setting the scene”")
    assert str(message) == "“Setting the scene” is already running"
    assert f"{message}" == "“Setting the scene” is already running"


def test_the_language_follows_the_locale():
    assert i18n.supported("fr_CH.UTF-8") == "fr"
    assert i18n.supported("es-419") == "es"
    assert i18n.supported("de_DE") == "en"
    assert i18n.supported(None) == "en"


def test_no_module_hides_the_translating_underscore():
    """A module that renders with ``_()`` never also uses ``_`` as a throwaway name: the function
    would stop translating (an UnboundLocalError where the two meet)."""
    shadowed = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if not any(isinstance(n, ast.ImportFrom) and n.module == "meetingdesk.i18n" and any(a.name == "_" for a in n.names)
                   for n in ast.walk(tree)):
            continue
        shadowed += [f"{path.relative_to(ROOT)}:{n.lineno}" for n in ast.walk(tree)
                     if isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store)
                     or isinstance(n, ast.arg) and n.arg == "_"]
    assert shadowed == []


@pytest.mark.parametrize("code", ["fr", "es"])
def test_every_plural_form_of_the_language_is_translated(code):
    # French and Spanish have three plural forms in CLDR (one, many, other): "2 interpreters" must not
    # fall back to English because the third was left empty
    with (CATALOGUES / f"core_{code}.po").open("rb") as f:
        catalogue = read_po(f)
    plurals = [m for m in catalogue if isinstance(m.id, tuple)]
    assert plurals
    for message in plurals:
        assert len(message.string) == catalogue.num_plurals and all(message.string), message.id
        for n in (0, 1, 2, 5, 1_000_000):
            said = i18n.ngettext(*message.id, n, code)
            assert said in message.string, (message.id, n, said)  # a form of the translation, never the English
