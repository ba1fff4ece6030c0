"""The ``meetingdesk`` command.

With no sub-command it starts the desktop application, which ``ui.main`` (the
installed ``meetingdesk`` script) hands in: the core never imports Qt. Every sub-command
reports bad input as a plain message naming the file, line and field; it never
prints a traceback.

Exit codes: 0 clean, 1 problems found, 2 input could not be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from meetingdesk.programme.problems import Problem, ProgrammeError, UnreadableFile


def _print_problems(problems: list[Problem], out=None) -> None:
    for p in problems:
        print(p, file=out or sys.stdout)


def cmd_check(args: argparse.Namespace) -> int:
    from meetingdesk.programme.checks import check_file

    worst = 0
    for path in args.files:
        try:
            problems = check_file(path)
        except UnreadableFile as e:
            print(e, file=sys.stderr)
            worst = 2
            continue
        _print_problems(problems)
        errors = sum(p.is_error for p in problems)
        warnings = len(problems) - errors
        print(f"{path}: {errors} error(s), {warnings} warning(s)")
        if errors and worst < 1:
            worst = 1
    return worst


def cmd_programme(args: argparse.Namespace) -> int:
    from meetingdesk.programme.files import load_programme
    from meetingdesk.programme.zones import render_programme

    meeting = load_programme(args.file)
    print(render_programme(meeting), end="")
    return 0


def cmd_import_agenda(args: argparse.Namespace) -> int:
    from meetingdesk.programme.agenda_import import import_agenda

    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise UnreadableFile(args.file, str(e)) from e
    draft = import_agenda(text, source=str(args.file))
    Path(args.output).write_text(draft.toml, encoding="utf-8")
    for note in draft.unread:
        print(f"{args.file}:{note.line}: not read: {note.text}", file=sys.stderr)
    print(f"wrote {args.output}: {draft.summary}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from meetingdesk.store.programmes import import_file

    store = _open(args)
    for path in args.files:
        meeting_id, warnings = import_file(store, path)
        _print_problems(warnings)
        print(f"imported {path} as meeting {meeting_id}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from meetingdesk.store.programmes import export_file

    store = _open(args)
    export_file(store, args.meeting, args.output)
    print(f"wrote {args.output}")
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    from meetingdesk.store.programmes import list_meetings

    store = _open(args)
    rows = list_meetings(store)
    if not rows:
        print("no meetings in the database")
    for row in rows:
        print(f"{row.id:>4}  {row.first_date:%Y-%m-%d}  {row.title}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from meetingdesk.report.export import export
    from meetingdesk.report.record import build_record

    store = _open(args)
    record = build_record(store, args.meeting, sittings=args.sitting, clear=args.clear or ())
    for path in export(record, args.format, args.output):
        print(f"wrote {path}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    # The core never imports Qt: the desktop application hands itself in (ui.app.main).
    if args.run_app is None:
        print("meetingdesk: this entry point has no desktop application; start it with the `meetingdesk` command", file=sys.stderr)
        return 2
    return args.run_app(db_url=args.db, open_file=getattr(args, "file", None), smoke=args.smoke)


def _open(args: argparse.Namespace):
    from sqlalchemy.exc import SQLAlchemyError

    from meetingdesk.store import open_store

    try:
        store = open_store(args.db)
    except SQLAlchemyError as e:  # a URL that is not one, a folder that does not exist, ...
        raise UnreadableFile(args.db or "the database", str(e).splitlines()[0]) from e
    except ImportError as e:  # the driver of a PostgreSQL URL is an optional install
        driver = e.name or "its driver"
        hint = ' (pip install "psycopg[binary]")' if driver.startswith("psycopg") else ""
        raise UnreadableFile(args.db or "the database", f"the database driver {driver} is not installed{hint}") from e
    if store.upgraded_from:
        print(f"upgraded the database from schema {store.upgraded_from} to the current one", file=sys.stderr)
    return store


def build_parser() -> argparse.ArgumentParser:
    from meetingdesk import __version__

    parser = argparse.ArgumentParser(prog="meetingdesk", description="Run hybrid meetings live.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (default: local SQLite in the user data folder)")
    parser.add_argument("--smoke", action="store_true",
                        help="start the application, show its main window on the database, then quit "
                             "(checks that an installed copy works)")
    parser.set_defaults(func=cmd_run)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("run", help="start the desktop application (the default)")
    p.add_argument("file", nargs="?", help="a programme file to open")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("check", help="validate programme files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("programme", help="print a programme with its times in every display zone")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_programme)

    p = sub.add_parser("import-agenda", help="turn an agenda pasted from an invitation into a draft programme file")
    p.add_argument("file", metavar="TEXT_FILE")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_import_agenda)

    p = sub.add_parser("import", help="load programme files into the database")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="write a meeting of the database back out as a programme file")
    p.add_argument("meeting", type=int, metavar="MEETING_ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("report", help="export the record of a meeting (Word, PDF, CSV, JSON, iCalendar)")
    p.add_argument("meeting", type=int, metavar="MEETING_ID")
    p.add_argument("--format", required=True, choices=("docx", "pdf", "csv", "json", "ics"))
    p.add_argument("-o", "--output", required=True, metavar="PATH")
    p.add_argument("--sitting", type=int, action="append", metavar="N", help="only sitting N (1 = the first); repeat for several")
    p.add_argument("--clear", nargs="+", metavar="KEY", help="participant keys of protected identities cleared for this export")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("meetings", help="list the meetings in the database")
    p.set_defaults(func=cmd_meetings)
    return parser


def main(argv: list[str] | None = None, *, run_app: Callable[..., int] | None = None) -> int:
    """The ``meetingdesk`` command. ``run_app(db_url=, open_file=, smoke=)`` starts the desktop application."""
    args = build_parser().parse_args(argv)
    args.run_app = run_app
    try:
        return args.func(args)
    except UnreadableFile as e:
        print(e, file=sys.stderr)
        return 2
    except ProgrammeError as e:
        _print_problems(e.problems, out=sys.stderr)
        return 1
    except LookupError as e:  # e.g. no meeting with that id
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:  # e.g. the folder of an output file does not exist
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
