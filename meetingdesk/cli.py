"""The ``meetingdesk`` command.

With no sub-command it starts the desktop application, which ``ui.main`` (the
installed ``meetingdesk`` script) hands in: the core never imports Qt. Every sub-command
reports bad input as a plain message naming the file, line and field; it never
prints a traceback.

Exit codes: 0 clean, 1 problems found, 2 input could not be read.

What a command prints is in the language of ``--language`` (English by default); the help stays English.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from meetingdesk import i18n
from meetingdesk.i18n import Message, say
from meetingdesk.programme.problems import Problem, ProgrammeError, UnreadableFile


def _print_problems(problems: list[Problem], out=None) -> None:
    for p in problems:
        say(p.line_text(), out)


def _said(error: BaseException) -> str:
    """What an error says, in the command's language where it carries a ``Message``."""
    message = getattr(error, "message", None) or (error.args[0] if len(error.args) == 1 else None)
    return i18n.render(message) if isinstance(message, Message) else str(error)


def _programme_files(arg: str) -> list[Path]:
    """The files a FILE argument names: itself, or the *.toml files of a folder."""
    path = Path(arg)
    if not path.is_dir():
        return [path]
    files = sorted(path.glob("*.toml"))
    if not files:
        raise UnreadableFile(arg, Message("there is no *.toml file in this folder"))
    return files


def _check_one(path: Path) -> int:
    """Print every problem of one file; 0 clean, 1 errors, 2 unreadable."""
    from meetingdesk.programme.files import check_file

    try:
        problems = check_file(path)
    except UnreadableFile as e:
        say(e.message, sys.stderr)
        return 2
    except Exception as e:  # a fault of ours must not hide the other files' problems
        say(Message("{path}: error: could not be checked ({error}); this is a fault in MeetingDesk", path=path,
                    error=type(e).__name__ + ": " + str(e)), sys.stderr)
        return 2
    _print_problems(problems)
    errors = sum(p.is_error for p in problems)
    say(Message("{path}: {errors} error(s), {warnings} warning(s)", path=path, errors=errors, warnings=len(problems) - errors))
    return 1 if errors else 0


def cmd_check(args: argparse.Namespace) -> int:
    worst = 0
    for arg in args.files:
        try:
            paths = _programme_files(arg)
        except UnreadableFile as e:
            say(e.message, sys.stderr)
            worst = 2
            continue
        results = [_check_one(path) for path in paths]
        if Path(arg).is_dir():
            say(Message("{folder}: {count} files, {errors} with errors, {unreadable} that cannot be read", folder=arg,
                        count=len(results), errors=results.count(1), unreadable=results.count(2)))
        worst = max([worst, *results])
    return worst


def cmd_programme(args: argparse.Namespace) -> int:
    from meetingdesk.programme.files import load_programme
    from meetingdesk.programme.zones import render_programme

    meeting = load_programme(args.file)
    print(render_programme(meeting), end="")
    return 0


def cmd_import_agenda(args: argparse.Namespace) -> int:
    from meetingdesk.programme.agenda_import import import_agenda
    from meetingdesk.programme.files import read_text

    text = read_text(args.file, Message("an agenda text file"))
    draft = import_agenda(text, source=str(args.file))
    Path(args.output).write_text(draft.toml, encoding="utf-8")
    for note in draft.unread:
        say(Message("{file}:{line}: not read: {text}", file=args.file, line=note.line, text=note.text), sys.stderr)
    say(Message("wrote {file}: {summary}", file=args.output, summary=draft.summary))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from meetingdesk.programme.files import examine
    from meetingdesk.store.programmes import import_meetings

    # all or nothing: every file is checked before anything is written
    read, unreadable = [], []
    for path in args.files:
        try:
            read.append((path, examine(path)))
        except UnreadableFile as e:
            unreadable.append(e)
    refused = [result for _, result in read if not result.ok]
    if unreadable or refused:
        for error in unreadable:
            say(error.message, sys.stderr)
        for result in refused:
            _print_problems(result.problems, out=sys.stderr)
        bad = len(unreadable) + len(refused)
        say(Message("nothing imported: {bad} of {count} file(s) cannot be imported as they are", bad=bad,
                    count=len(args.files)), sys.stderr)
        return 2 if unreadable else 1
    store = _open(args)
    ids = import_meetings(store, [result.meeting for _, result in read if result.meeting is not None])  # all ok
    for (path, result), meeting_id in zip(read, ids, strict=True):
        _print_problems(result.warnings)
        say(Message("imported {file} as meeting {id}", file=path, id=meeting_id))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from meetingdesk.store.programmes import export_file

    store = _open(args)
    try:
        export_file(store, args.meeting, args.output)
    except ProgrammeError as e:
        _print_problems(e.problems, out=sys.stderr)
        say(Message("{file}: nothing written: the file would not import again; correct the meeting first",
                    file=args.output), sys.stderr)
        return 1
    say(Message("wrote {file}", file=args.output))
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    from meetingdesk.store.programmes import list_meetings

    store = _open(args)
    rows = list_meetings(store)
    if not rows:
        say(Message("no meetings in the database"))
    for row in rows:
        print(f"{row.id:>4}  {row.first_date:%Y-%m-%d}  {row.title}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from meetingdesk.report.export import export
    from meetingdesk.report.record import build_record
    from meetingdesk.report.scan import MentionsFound

    store = _open(args)
    record = build_record(store, args.meeting, sittings=args.sitting, clear=args.clear or ())
    try:
        written = export(record, args.format, args.output, accept=args.accept_mentions)
    except MentionsFound as e:
        for mention in e.mentions:
            say(mention.said(), sys.stderr)
        say(Message("nothing written: {file} would name a protected person {count} time(s) (above); correct the record, "
                    "clear the person with --clear, or write it anyway with --accept-mentions", file=args.output,
                    count=len(e.mentions)), sys.stderr)
        return 1
    for path in written:
        say(Message("wrote {file}", file=path))
    return 0


def cmd_screens(args: argparse.Namespace) -> int:
    """Serve the screens of a sitting to browsers until interrupted (Ctrl+C)."""
    from meetingdesk.screens.serve import serve

    return serve(_open(args), args.meeting, args.sitting, host=args.host, port=args.port)


def cmd_run(args: argparse.Namespace) -> int:
    # The core never imports Qt: the desktop application hands itself in (ui.app.main).
    if args.run_app is None:
        print("meetingdesk: this entry point has no desktop application; start it with the `meetingdesk` command", file=sys.stderr)
        return 2
    return args.run_app(db_url=args.db, open_file=getattr(args, "file", None), smoke=args.smoke)


def cmd_seat(args: argparse.Namespace) -> int:
    """One window of a sitting, alone in this process, following the journal (``ui.seats``)."""
    if args.run_app is None:
        print("meetingdesk: this entry point has no desktop application; start it with the `meetingdesk` command", file=sys.stderr)
        return 2
    from meetingdesk.store.programmes import load_meeting

    store = _open(args)
    try:
        meeting = load_meeting(store, args.meeting)
    finally:
        store.engine.dispose()
    sittings = meeting.sittings
    if not 1 <= args.sitting <= len(sittings):
        say(Message("error: meeting {meeting} has {count} sitting(s), not a sitting {number}", meeting=args.meeting,
                    count=len(sittings), number=args.sitting), sys.stderr)
        return 2
    return args.run_app(db_url=args.db, open_file=None, smoke=args.smoke,
                        seat=(args.kind, args.meeting, sittings[args.sitting - 1].id))


def _open(args: argparse.Namespace):
    from sqlalchemy.exc import SQLAlchemyError

    from meetingdesk.store import open_store

    try:
        store = open_store(args.db)
    except SQLAlchemyError as e:  # a URL that is not one, a folder that does not exist, ...
        raise UnreadableFile(args.db or Message("the database"), str(e).splitlines()[0]) from e
    except ImportError as e:  # the driver of a PostgreSQL URL is an optional install
        driver = e.name or "psycopg"
        hint = ' (pip install "psycopg[binary]")' if driver.startswith("psycopg") else ""
        raise UnreadableFile(args.db or Message("the database"), Message("the database driver {driver} is not installed{hint}",
                                                                         driver=driver, hint=hint)) from e
    if store.upgraded_from:
        say(Message("upgraded the database from schema {schema} to the current one", schema=store.upgraded_from), sys.stderr)
    return store


def build_parser() -> argparse.ArgumentParser:
    from meetingdesk import __version__

    db_help = "SQLAlchemy database URL (default: local SQLite in the user data folder)"
    parser = argparse.ArgumentParser(prog="meetingdesk", description="Run hybrid meetings live.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL", help=db_help)
    parser.add_argument("--smoke", action="store_true",
                        help="start the application, show its main window on the database, then quit "
                             "(checks that an installed copy works)")
    parser.set_defaults(func=cmd_run)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    # --db also after the command (`meetingdesk import FILE --db URL`); absent there, it leaves the one before alone
    uses_db = argparse.ArgumentParser(add_help=False)
    uses_db.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    speaks = argparse.ArgumentParser(add_help=False)
    speaks.add_argument("--language", choices=i18n.LANGUAGES, default="en",
                        help="the language of what the command prints and writes (default English)")

    p = sub.add_parser("run", parents=[uses_db], help="start the desktop application (the default)")
    p.add_argument("file", nargs="?", help="a programme file to open")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("check", parents=[speaks], help="validate programme files (a folder: its *.toml files)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("programme", parents=[speaks], help="print a programme with its times in every display zone")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_programme)

    p = sub.add_parser("import-agenda", parents=[speaks], help="turn an agenda pasted from an invitation into a draft programme file")
    p.add_argument("file", metavar="TEXT_FILE")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_import_agenda)

    p = sub.add_parser("import", parents=[uses_db, speaks], help="load programme files into the database")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[uses_db, speaks], help="write a meeting of the database back out as a programme file")
    p.add_argument("meeting", type=int, metavar="MEETING_ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("report", parents=[uses_db, speaks], help="export the record of a meeting (Word, PDF, CSV, JSON, iCalendar)")
    p.add_argument("meeting", type=int, metavar="MEETING_ID")
    p.add_argument("--format", required=True, choices=("docx", "pdf", "csv", "json", "ics"))
    p.add_argument("-o", "--output", required=True, metavar="PATH")
    p.add_argument("--sitting", type=int, action="append", metavar="N", help="only sitting N (1 = the first); repeat for several")
    p.add_argument("--clear", nargs="+", metavar="KEY", help="participant keys of protected identities cleared for this export")
    p.add_argument("--accept-mentions", action="store_true",
                   help="write the export even where the last scan finds a protected name (they are listed)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("seat", parents=[uses_db],
                       help="one window of a sitting in a process of its own (another machine, a booth, the room's display)")
    p.add_argument("kind", choices=("console", "display", "interpreters", "rapporteur", "review"))
    p.add_argument("meeting", type=int, metavar="MEETING_ID")
    p.add_argument("--sitting", type=int, default=1, metavar="N", help="which sitting (1 = the first, the default)")
    p.set_defaults(func=cmd_seat)

    p = sub.add_parser("screens", parents=[uses_db, speaks],
                       help="serve the speaker's timer, the interpreters' and the chair's screens to browsers on the network")
    p.add_argument("meeting", type=int, metavar="MEETING_ID")
    p.add_argument("--sitting", type=int, metavar="N", help="sitting N (1 = the first; default: the one running, else the next)")
    p.add_argument("--host", default="127.0.0.1", metavar="H",
                   help="the interface to serve on (default 127.0.0.1: this computer only; 0.0.0.0: every interface)")
    p.add_argument("--port", type=int, default=8765, metavar="P", help="the port (default 8765)")
    p.set_defaults(func=cmd_screens)

    p = sub.add_parser("meetings", parents=[uses_db, speaks], help="list the meetings in the database")
    p.set_defaults(func=cmd_meetings)
    return parser


def main(argv: list[str] | None = None, *, run_app: Callable[..., int] | None = None) -> int:
    """The ``meetingdesk`` command. ``run_app(db_url=, open_file=, smoke=)`` starts the desktop application."""
    args = build_parser().parse_args(argv)
    args.run_app = run_app
    if hasattr(args, "language"):  # the application (run, seat) speaks its own Language setting
        i18n.set_language(args.language)
    try:
        return args.func(args)
    except UnreadableFile as e:
        say(e.message, sys.stderr)
        return 2
    except ProgrammeError as e:
        _print_problems(e.problems, out=sys.stderr)
        return 1
    except (LookupError, OSError) as e:  # no meeting with that id; the folder of an output file does not exist
        say(Message("error: {problem}", problem=_said(e)), sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
