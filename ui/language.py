"""The language of the front end: Qt's translators for MeetingDesk's strings and Qt's own (the
standard buttons, the file dialog), and the core's catalogue, all chosen once at start from the
*Language* setting, else the system's locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from meetingdesk import i18n

from .text import translate

KEY = "language"  # "" (or absent): the system's
QM_FOLDER = Path(__file__).with_name("translations")  # compiled from resources/translations at build
NAMES = {"en": "English", "fr": "Français", "es": "Español"}  # each in its own words


def chosen(settings: QSettings) -> str:
    value = str(settings.value(KEY, "") or "")
    return i18n.supported(value) if value else i18n.system_language()


def install(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Speak ``code`` in this process: the core's catalogue, then MeetingDesk's and Qt's translators."""
    code = i18n.set_language(code)
    QLocale.setDefault(QLocale(i18n.cldr(code)))
    installed = []
    if code != "en":
        for name, folder in ((f"meetingdesk_{code}", QM_FOLDER),
                             (f"qtbase_{code}", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):
            translator = QTranslator(app)
            if translator.load(name, str(folder)) and app.installTranslator(translator):
                installed.append(translator)
    return installed


def choose(settings: QSettings, code: str) -> str:
    """Remember ``code`` ("" for the system's) for the next start; what to tell the user."""
    settings.setValue(KEY, code)
    return translate("MainWindow", "The language changes when MeetingDesk starts again.")
