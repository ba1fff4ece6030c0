"""Problems found in a programme, where they are, and the errors that carry them.

A problem names where it is (file, line, field) and what is wrong, in words a
secretariat understands. Its ``message`` is an ``i18n.Message``: English text
(``str(problem)``, ``file:line: error: field: message``, as logs and the tests read
it), rendered in the chosen language by ``render()`` and ``line(code)``, the line
``meetingdesk check --language`` prints. A field is a dotted
path (``sittings[1].segments[0].slots[2].minutes``); a ``SourceMap`` says on
which line of a file each path is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from meetingdesk.i18n import N_, Explained, Message, gettext, render

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    severity: Severity
    message: str
    field: str | None = None  # dotted path, e.g. "sittings[1].segments[2].end"
    file: str | None = None
    line: int | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def render(self, code: str | None = None) -> str:
        """What is wrong, in ``code`` (by default the process's language)."""
        return render(self.message, code)

    def line_text(self, code: str | None = None) -> str:
        """``file:line: error: field: message``: where stays as the file writes it, the rest in ``code``."""
        where = self.file or "<programme>"
        if self.line is not None:
            where += f":{self.line}"
        field = f"{self.field}: " if self.field else ""
        return f"{where}: {gettext(SEVERITIES[self.severity], code)}: {field}{self.render(code)}"

    def __str__(self) -> str:
        return self.line_text("en")


SEVERITIES: dict[str, str] = {"error": N_("error"), "warning": N_("warning")}


_LAST_STEP = re.compile(r"^(.*?)(\[\d+\]|\.[^.\[\]]+|^[^.\[\]]+)$")


def join_path(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def parent_path(path: str) -> str | None:
    """``a[1].b.c`` → ``a[1].b`` → ``a[1]`` → ``a`` → ``""`` → None."""
    if not path:
        return None
    m = _LAST_STEP.match(path)
    return m.group(1) if m else ""


@dataclass
class SourceMap:
    """Where each dotted field path of a programme file is written (1-based line numbers)."""

    file: str | None = None
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, path: str | None) -> int | None:
        """The line of ``path``, or of the nearest enclosing table or key that has one."""
        while path is not None:
            if path in self.lines:
                return self.lines[path]
            path = parent_path(path)
        return None


class ProgrammeError(Exception):
    """A programme has errors; ``problems`` lists all of them (warnings too)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class UnreadableFile(Explained):
    """The file cannot be read at all (missing, unreadable, not text). Exit code 2. ``str()``:
    "FILE: cannot read: why" in English, ``message.render()`` in the chosen language."""

    def __init__(self, path: str, reason: str):
        super().__init__(Message("{path}: cannot read: {reason}", path=path, reason=reason))
        self.path = str(path)
        self.why = reason
