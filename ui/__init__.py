"""The PySide6 front end: renders the core's state, turns key presses into core commands."""

import sys


def main(argv: list[str] | None = None) -> int:
    """The ``meetingdesk`` command: the core's command line, with this application as its default.

    Qt is imported only when the application starts, so ``meetingdesk check`` and the other
    sub-commands stay as quick as the core.
    """
    from meetingdesk.cli import main as command_line

    def run(**kwargs) -> int:
        from .system_libraries import startup_problem

        problem = startup_problem()  # before Qt loads: Qt would abort naming at most one missing library
        if problem:
            print(problem, file=sys.stderr)
            return 2
        from .app import run as run_app

        return run_app(**kwargs)

    return command_line(argv, run_app=run)
