"""MeetingDesk in French: the HRC side event run from a 1024×700 console with every word of the
front end and of the core in French, no label or button cut short, and its summary written in French
and in Spanish; the review exports in the application's language."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolBar

from console_driver import tick
from meetingdesk import i18n
from meetingdesk.report.export import export
from meetingdesk.report.record import build_record
from ui import language
from ui.main_window import MainWindow
from ui.review import ReviewWindow
from ui.widgets import ElidedLabel

SMALL = QSize(1024, 700)
CTRL = Qt.KeyboardModifier.ControlModifier
DATA_LABELS = {"speakerName", "segmentTitle"}  # names and titles from the programme: elided by design


@pytest.fixture
def in_language():
    """Run the application in a language for one test (as Language ▸ … and a new start would)."""
    app = QApplication.instance()
    locale = QLocale()
    installed = []

    def speak(code: str) -> None:
        for translator in installed:
            app.removeTranslator(translator)
        installed[:] = language.install(app, code)

    yield speak
    for translator in installed:
        app.removeTranslator(translator)
    i18n.set_language("en")
    QLocale.setDefault(locale)


def cut_short(window) -> list[str]:
    """The labels and buttons of ``window`` whose text does not fit: elided, clipped or squeezed."""
    QApplication.processEvents()  # laid out as shown
    problems = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not text or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
            continue
        if isinstance(label, ElidedLabel):
            if label.is_elided() and label.objectName() not in DATA_LABELS:
                problems.append(f"{label.objectName()}: {text!r} elided")
        elif label.fontMetrics().horizontalAdvance(text) > label.contentsRect().width() + 1:
            problems.append(f"{label.objectName()}: {text!r} wider than its label")
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() < button.sizeHint().width():
            problems.append(f"{button.objectName() or type(button).__name__}: {button.text()!r} squeezed")
    return problems


def hidden_tools(window) -> int:
    """Toolbar buttons that did not fit and went into the toolbar's overflow menu."""
    hidden = 0
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            widget = toolbar.widgetForAction(action)
            if action.isVisible() and not action.isSeparator() and (widget is None or not widget.isVisible()):
                hidden += 1
    return hidden


def open_small_console(qtbot, store, settings, clock):
    main = MainWindow(store, settings)
    qtbot.addWidget(main)
    console = main.run_selected_sitting(clock=clock)
    qtbot.addWidget(console)
    console.setGeometry(0, 0, SMALL.width(), SMALL.height())
    QApplication.processEvents()
    return main, console


def headings(path) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]


def table_headers(path) -> set[str]:
    return {cell.text for table in docx.Document(str(path)).tables for cell in table.rows[0].cells}


def test_the_hrc_side_event_runs_in_french_and_its_summary_is_written_in_french_and_spanish(
        qtbot, store, settings, hrc, clock, in_language, tmp_path):
    in_language("en")
    english_main, english = open_small_console(qtbot, store, settings, clock)
    english_hidden = hidden_tools(english)
    english.close()
    english_main.close()

    in_language("fr")
    main, console = open_small_console(qtbot, store, settings, clock)
    assert [a.text() for a in main.menuBar().actions()] == ["&Fichier", "&Séance", "&Langue", "&Aide"]
    assert console.windowTitle().endswith("— console du modérateur")
    assert console.day_banner.heading.text() == "Horaire programmé."
    assert console.day_banner.label.text().startswith("Cette séance est programmée pour aujourd’hui à 14:00 CET")
    live = console.live
    tick(console, clock, 60)
    qtbot.keyClick(console.queue_view, Qt.Key.Key_N, CTRL)  # 14:00 Setting the scene
    qtbot.keyClick(console.queue_view, Qt.Key.Key_N)
    assert console.card.details.text().startswith("Modérateur")
    assert console.last_action.text() == "Parole donnée à Dr. Najat Maalla M'jid — Ctrl+Z annule"
    assert cut_short(console) == []
    assert hidden_tools(console) <= english_hidden  # the French toolbar fits as much as the English one

    # a refused command speaks French on screen, English in the log
    live.request_floor(name="Kenya", delegation="Kenya", kind="right_of_reply")
    entry = live.view().queue[-1].entry_id
    console.command(live.withdraw, entry)
    console.command(live.withdraw, entry)
    assert console.notices.labels[-1].text() == "Kenya s’est retiré(e)"

    # the panel: Ms. Tamang speaks Nepali, French and Spanish take relay from English
    for _ in range(2):
        tick(console, clock, 300)
        qtbot.keyClick(console.queue_view, Qt.Key.Key_N)
    tick(console, clock, 300)
    live.end_segment()
    live.start_segment()
    while live.view().queue and live.view().queue[0].name != "Ms. Charimaya Tamang":
        live.call_next()
        tick(console, clock, 200)
    console.ticker.tick()
    assert ("Suivant : Ms. Charimaya Tamang parle népalais — français et espagnol en relais depuis anglais"
            in console.card.interpretation.text())
    assert cut_short(console) == []
    console.grab().save(str(tmp_path / "console-fr.png"))
    console.resize(640, 700)  # the check itself: a window too narrow for its words is caught
    assert cut_short(console) != []
    console.resize(SMALL)

    while live.view().sitting.status == "open":
        while live.view().queue:
            live.call_next()
            tick(console, clock, 150)
        if live.view().current_segment is not None:
            live.end_segment()
        if live.view().next_segment is None:
            break
        live.start_segment()
    live.close_sitting()
    console.close()

    record = build_record(store, _meeting_of(store, hrc))
    french = export(record, "docx", tmp_path / "resume.docx")[0]
    assert {"Orateurs", "Questions clés", "Débat", "Questions et réponses", "Messages clés", "Prochaines étapes",
            "Annexe : horaires et statistiques", "Statistiques", "Annexe : interventions"} <= set(headings(french))
    assert {"Temps de parole", "Part", "Interventions", "Groupe de parties prenantes"} <= table_headers(french)
    text = "\n".join(p.text for p in docx.Document(str(french)).paragraphs)
    assert "vendredi 14 mars 2025" in " ".join(
        c.text for t in docx.Document(str(french)).tables for r in t.rows for c in r.cells)
    assert "Résumé" in text

    i18n.set_language("es")
    spanish = export(build_record(store, _meeting_of(store, hrc)), "docx", tmp_path / "resumen.docx")[0]
    assert {"Oradores", "Cuestiones clave", "Debate", "Preguntas y respuestas", "Mensajes clave", "Próximos pasos",
            "Anexo: horarios y estadísticas", "Estadísticas", "Anexo: intervenciones"} <= set(headings(spanish))
    assert {"Tiempo de uso de la palabra", "Proporción", "Intervenciones"} <= table_headers(spanish)
    assert "viernes, 14 de marzo de 2025" in " ".join(
        c.text for t in docx.Document(str(spanish)).tables for r in t.rows for c in r.cells)
    main.close()


@pytest.mark.parametrize("code", ["fr", "es"])
def test_the_console_in_french_and_spanish_cuts_nothing_short_at_1024_by_700(qtbot, store, settings, hrc, clock,
                                                                              in_language, code):
    in_language("en")
    english_main, english = open_small_console(qtbot, store, settings, clock)
    english_hidden = hidden_tools(english)
    english.close()
    english_main.close()
    in_language(code)
    main, console = open_small_console(qtbot, store, settings, clock)
    assert cut_short(console) == []  # the day's decision, before anything starts
    tick(console, clock, 60)
    qtbot.keyClick(console.queue_view, Qt.Key.Key_N, CTRL)
    qtbot.keyClick(console.queue_view, Qt.Key.Key_N)
    tick(console, clock, 330)  # the moderator runs over her time
    assert cut_short(console) == []
    assert hidden_tools(console) <= english_hidden
    console.close()
    main.close()


def _meeting_of(store, sitting_id: int) -> int:
    from meetingdesk.programme.model import Sitting

    with store.session() as session:
        return session.get(Sitting, sitting_id).meeting_id


def test_the_review_in_french_fits_its_window_and_exports_in_french(qtbot, store, settings, hrc, clock, in_language, tmp_path):
    in_language("fr")
    review = ReviewWindow(store, _meeting_of(store, hrc), hrc, settings=settings)
    qtbot.addWidget(review)
    review.resize(1280, 760)
    review.show()
    QApplication.processEvents()
    assert review.windowTitle().startswith("Bilan — ")
    assert [review.tabs.tabText(i) for i in range(3)] == ["Chronologie", "Orateurs (0)", "Non entendus (0)"]
    assert cut_short(review) == []
    with qtbot.waitSignal(review.exported, timeout=20000) as written:
        review.export_to("docx", tmp_path / "bilan.docx")
    assert "Annexe : horaires et statistiques" in headings(written.args[0][0])


def test_the_language_menu_remembers_the_choice_for_the_next_start(qtbot, store, settings, in_language):
    in_language("en")
    main = MainWindow(store, settings)
    qtbot.addWidget(main)
    names = [a.text() for a in main.language_menu.actions()]
    assert names == ["System language", "English", "Français", "Español"]
    assert main.language_menu.actions()[0].isChecked()  # nothing chosen yet: the system's
    main.language_menu.actions()[3].trigger()
    assert settings.value(language.KEY) == "es"
    assert main.statusBar().currentMessage() == "The language changes when MeetingDesk starts again."
    assert language.chosen(settings) == "es"
    settings.setValue(language.KEY, "")
    assert language.chosen(settings) == i18n.system_language()


def test_qt_s_own_words_are_french_too(in_language):
    """The standard buttons and dialogs come from Qt's own catalogue (qtbase_fr.qm)."""
    from PySide6.QtCore import QCoreApplication

    in_language("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Voir dans\u00a0:"
    assert QLocale().name() == "fr_FR"
