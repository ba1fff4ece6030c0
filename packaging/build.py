"""Build the standalone MeetingDesk application for this platform, and check that it starts.

    .venv/bin/pip install -e ".[bundle]"                  # PyInstaller, once
    .venv/bin/python packaging/build.py                   # build the bundle into dist/
    .venv/bin/python packaging/build.py --check           # build it, then run it
    .venv/bin/python packaging/build.py --check-only      # run a bundle built before
    .venv/bin/python packaging/build.py --archive         # also pack it into one file to hand out

The check runs the bundle, not the checkout: ``--version``; ``check`` on a sample programme; the
application with ``--smoke`` under Qt's offscreen platform, on its default SQLite database in a
fresh data folder (it must paint its main window, open the database, list the sample meetings and
quit cleanly); and a PDF and a Word report from that database (matplotlib, fpdf2 and python-docx
carry data files a bundle can lose). Each step prints its time; any failure exits with 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from meetingdesk import __version__  # noqa: E402

DIST = ROOT / "dist"
APP_ID = "org.meetingdesk.MeetingDesk"
SAMPLE = ROOT / "resources" / "programmes" / "hrc-side-event-2025-03-14.toml"


def bundle_folder() -> Path:
    return DIST / ("MeetingDesk.app" if sys.platform == "darwin" else "meetingdesk")


def command_line() -> Path:
    """The bundle's executable that prints to the terminal (on Windows the application has none)."""
    if sys.platform == "darwin":
        return bundle_folder() / "Contents" / "MacOS" / "meetingdesk"
    if sys.platform == "win32":
        return bundle_folder() / "meetingdesk-cli.exe"
    return bundle_folder() / "meetingdesk"


def build() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit('PyInstaller is not installed: pip install -e ".[bundle]"') from None
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "packaging" / "meetingdesk.spec")],
        check=True,
    )
    if sys.platform.startswith("linux"):
        add_desktop_files(bundle_folder())
    print(f"built {bundle_folder().relative_to(ROOT)} in {time.perf_counter() - started:.0f} s, "
          f"{folder_size(bundle_folder()) / 1e6:.0f} MB")


def add_desktop_files(folder: Path) -> None:
    """The desktop entry, AppStream metadata and icons, laid out as under /usr/share, and install.sh."""
    share = folder / "share"
    linux = ROOT / "packaging" / "linux"
    icons = ROOT / "resources" / "icons"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(linux / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(linux / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for png in icons.glob("meetingdesk-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / "meetingdesk.svg", scalable / f"{APP_ID}.svg")
    shutil.copy2(linux / "install.sh", folder / "install.sh")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def archive() -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = DIST / f"meetingdesk-{__version__}-{system}"
    fmt = "zip" if system == "windows" else "gztar"  # tar keeps the symbolic links inside a macOS .app
    path = Path(shutil.make_archive(str(base), fmt, DIST, bundle_folder().name))
    print(f"packed {path.relative_to(ROOT)}, {path.stat().st_size / 1e6:.0f} MB")
    return path


class Check:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def run(self, what: str, args: list[str], env: dict[str, str] | None = None, expect: tuple[str, ...] = ()) -> str:
        started = time.perf_counter()
        done = subprocess.run([str(command_line()), *args], capture_output=True, text=True, env=env, timeout=300)
        seconds = time.perf_counter() - started
        missing = [e for e in expect if e not in done.stdout]
        ok = done.returncode == 0 and not missing
        print(f"{'ok  ' if ok else 'FAIL'} {what} ({seconds:.1f} s)")
        if not ok:
            self.failures.append(what)
            print(f"     exit {done.returncode}; expected in the output: {missing}")
            print("     " + (done.stdout + done.stderr).strip().replace("\n", "\n     "))
        return done.stdout

    def screens(self, args: list[str], env: dict[str, str]) -> None:
        """``meetingdesk screens``: the speaker's page and its script served from inside the bundle."""
        import urllib.request

        what = "screens: the speaker's page served"
        started = time.perf_counter()
        server = subprocess.Popen([str(command_line()), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        problem = "no address printed"
        try:
            for line in server.stdout:  # type: ignore[union-attr]
                if line.split()[:1] == ["speaker"]:
                    url = line.split()[-1]
                    with urllib.request.urlopen(url, timeout=30) as page, urllib.request.urlopen(url + "speaker.js", timeout=30) as js:
                        ok = "Speaker's timer" in page.read().decode() and "MD.start" in js.read().decode()
                    problem = "" if ok else "the page or its script is not the one packaged"
                    break
        except OSError as e:
            problem = str(e)
        finally:
            server.terminate()
            _, err = server.communicate(timeout=30)
        print(f"{'ok  ' if not problem else 'FAIL'} {what} ({time.perf_counter() - started:.1f} s)")
        if problem:
            self.failures.append(what)
            print(f"     {problem}\n     {err.strip()}")

    def file(self, what: str, path: Path) -> None:
        ok = path.is_file() and path.stat().st_size > 0
        print(f"{'ok  ' if ok else 'FAIL'} {what}: {path}")
        if not ok:
            self.failures.append(what)


def check() -> int:
    """Run the bundle: the command line, the application's main window, two reports, the screens."""
    if not command_line().exists():
        raise SystemExit(f"no bundle at {command_line()}: build it first")
    c = Check()
    c.run("--version", ["--version"], expect=(f"meetingdesk {__version__}",))
    c.run(f"check {SAMPLE.name}", ["check", str(SAMPLE)], expect=("0 error(s)",))
    # the core's French catalogue and CLDR's dates inside the bundle; the windows' compiled catalogue beside them
    c.run(f"programme {SAMPLE.name} --language fr", ["programme", str(SAMPLE), "--language", "fr"],
          expect=("vendredi 14 mars 2025", "Interprétation : anglais, français, népalais, espagnol"))
    qm = next(bundle_folder().rglob("ui/translations/meetingdesk_fr.qm"), bundle_folder() / "ui/translations/meetingdesk_fr.qm")
    c.file("the windows' French translation", qm)
    with tempfile.TemporaryDirectory(prefix="meetingdesk-bundle-") as tmp:
        home = Path(tmp)
        # a fresh user: the default database, settings and log go to empty folders
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
                   XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
        db_args: list[str] = []
        if sys.platform == "win32":  # the known-folder API ignores the environment: name the database
            db_args = ["--db", f"sqlite:///{home / 'meetingdesk.sqlite'}"]
        out = c.run("the main window (--smoke, offscreen)", [*db_args, "--smoke"], env=env,
                    expect=("first window painted", "4 meetings in sqlite:///"))
        database = out.rsplit(" meetings in ", 1)[-1].split("; log in ")[0] if " meetings in " in out else ""
        log_file = Path(out.rsplit("; log in ", 1)[-1].strip()) if "; log in " in out else home / "no-log"
        c.file("its database", Path(database.removeprefix("sqlite:///")))
        c.file("its log file", log_file)
        if database:
            for fmt in ("pdf", "docx"):
                report = home / f"report.{fmt}"
                c.run(f"report --format {fmt}", ["--db", database, "report", "1", "--format", fmt, "-o", str(report)], env=env)
                c.file(f"the {fmt} report", report)
            c.screens(["--db", database, "screens", "1", "--port", "0"], env)
    if c.failures:
        print(f"the bundle failed {len(c.failures)} check(s): {', '.join(c.failures)}")
        return 1
    print("the bundle works")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="run the bundle after building it")
    parser.add_argument("--check-only", action="store_true", help="run a bundle built before; do not build")
    parser.add_argument("--archive", action="store_true", help="pack the bundle into a .tar.gz (a .zip on Windows)")
    args = parser.parse_args()
    if not args.check_only:
        build()
    if args.archive:
        archive()
    return check() if args.check or args.check_only else 0


if __name__ == "__main__":
    raise SystemExit(main())
