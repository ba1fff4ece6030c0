"""Validation of a programme: the one call behind ``meetingdesk check``, imports and the editor.

    result = validate(programme)           # plain data, or a Meeting and what it holds
    result.problems                        # every error and warning, each with its field path
    result.ok                              # no errors: it may be saved or imported (warnings allowed)
    result.on("sittings[0].segments[1]")   # the problems of one table or field, and of what it holds
    locate(meeting, problem.field)         # (the object, its attribute) a field path names

A programme is given either as plain data, the tables of keys and values a programme file holds
(as ``tomllib`` reads one, or as a form collects them), or as ORM objects: a ``Meeting`` with its
participants, sittings, segments and slots, attached to a session or not; it is only read.
Either way the same rules run: the shape of every value (``schema``), then the content
(``checks``): zones, clock changes, languages, times, allotments, interpretation, registration.

A problem's field is a path in the file's own keys and list positions,
``sittings[0].segments[1].slots[2].minutes``; with a ``SourceMap`` (the file loader passes
one) it also carries the file and the line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from meetingdesk.i18n import Message

from .checks import check_meeting
from .model import Meeting
from .problems import Problem, SourceMap
from .schema import ATTRIBUTE, build_meeting, to_data


class Validation(NamedTuple):
    """What a validation found. Unpacks as ``meeting, problems``."""

    meeting: Meeting | None  # the programme as read: a transient graph, values that failed their check left unset
    problems: list[Problem]  # in file order when a source map places them

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        """No errors: the programme can be imported or saved."""
        return self.meeting is not None and not self.errors

    def on(self, path: str) -> list[Problem]:
        """The problems of the field or table ``path`` and of everything inside it."""
        return [p for p in self.problems if p.field is not None and _inside(p.field, path)]


def _inside(field: str, path: str) -> bool:
    return field == path or field.startswith((path + ".", path + "["))


def validate(programme: Meeting | Mapping[str, Any], source_map: SourceMap | None = None) -> Validation:
    """Every problem of a programme (see the module's docstring); never raises for bad content."""
    data = to_data(programme) if isinstance(programme, Meeting) else programme
    if not isinstance(data, Mapping):
        file = source_map.file if source_map is not None else None
        return Validation(None, [Problem("error", Message("a programme is a table of keys and values"), None, file, None)])
    meeting, problems = build_meeting(data, source_map)
    problems += check_meeting(meeting, source_map)
    if source_map is not None:
        problems.sort(key=lambda p: p.line or 0)
    return Validation(meeting, problems)


# The key of a file that holds a number of minutes, and the attribute that holds it in seconds.
_SECONDS = {"minutes": ("planned_seconds", "min_seconds"), "intervention_minutes": ("intervention_seconds",)}
_STEP = re.compile(r"([^.\[\]]+)(?:\[(\d+)\])?")


def locate(meeting: Meeting, path: str | None) -> tuple[Any, str | None]:
    """The object a field path names and the attribute of its key: ``"sittings[0].segments[1].end"``
    → (that ``Segment``, ``"end"``); ``"participants[2].id"`` → (that ``Participant``, ``"key"``).
    A path to a whole table gives (the object, None); a step that does not exist stops at the last
    object found."""
    obj: Any = meeting
    if not path:
        return obj, None
    steps = _STEP.findall(path)
    for n, (name, index) in enumerate(steps):
        last = n == len(steps) - 1
        if name == "meeting" and n == 0:
            continue
        if index:
            value = getattr(obj, name, None)
            if not isinstance(value, list) or int(index) >= len(value):
                return obj, None
            obj = value[int(index)]
            continue
        if not last:
            return obj, None
        if name in _SECONDS:
            return obj, next((a for a in _SECONDS[name] if hasattr(obj, a)), None)
        attribute = ATTRIBUTE.get(name, name)
        return obj, attribute if hasattr(obj, attribute) else None
    return obj, None
