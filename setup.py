"""The translations are compiled when the package is built or installed (``pip install .``, ``pip
install -e .``, the PyInstaller bundle's build): Qt's ``.ts`` sources with pyside6-lrelease into
``ui/translations/*.qm``, the core's gettext ``.po`` catalogues with Babel into
``meetingdesk/locale/*/LC_MESSAGES/meetingdesk.mo``. Everything else is in pyproject.toml."""

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "translations"


def compile_translations() -> list[Path]:
    """Compile every catalogue of resources/translations next to the package that reads it."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in sorted(SOURCES.glob("core_*.po")):
        language = po.stem.split("_", 1)[1]
        mo = ROOT / "meetingdesk" / "locale" / language / "LC_MESSAGES" / "meetingdesk.mo"
        mo.parent.mkdir(parents=True, exist_ok=True)
        with po.open("rb") as source:
            catalog = read_po(source, locale=language)
        with mo.open("wb") as target:
            write_mo(target, catalog)
        written.append(mo)
    qm_folder = ROOT / "ui" / "translations"
    qm_folder.mkdir(exist_ok=True)
    for ts in sorted(SOURCES.glob("meetingdesk_*.ts")):
        qm = qm_folder / ts.with_suffix(".qm").name
        lrelease = [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.argv[0] = 'lrelease'; sys.exit(lrelease())"]
        subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


class BuildWithTranslations(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildWithTranslations})
