"""Lists a secretariat keeps in a spreadsheet: inscriptions (requests to speak) and participants.

    rows = read_sheet("inscriptions.xlsx", INSCRIPTIONS)     # CSV or XLSX, headers in any order
    report = add_inscriptions(draft, segment, rows)           # one edit of the draft: one undo

The first sheet of a workbook (or the CSV file) has a row of headers, possibly under a title
row; each header is matched to a column by its words in any reasonable wording ("Delegation",
"Country", "Member State / Organisation"). Every value is read as ``entry`` reads what people
type; a value that cannot be read is a ``SheetError`` that names the file, the row, the column
and what is wrong, and nothing is added. An inscription registered after the meeting's
registration deadline is added, flagged late (its note says so, and ``is_late`` tells).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from meetingdesk import i18n
from meetingdesk.i18n import N_, Joined, Later, Message, Word

from . import entry
from .editing import Draft
from .entry import EntryError
from .enums import Gender, Level, Modality, Role, StakeholderGroup
from .languages import code_problem
from .model import Meeting, Participant, Segment, SpeakerSlot
from .problems import UnreadableFile


class SheetError(Exception):
    """A list that cannot be imported; ``problems`` names file, row and column of each bad value (each
    a ``Message``: English text, ``render()`` in the chosen language)."""

    def __init__(self, problems: list[Message]):
        self.message = Joined(problems)
        super().__init__(self.message)
        self.problems = problems


# --------------------------------------------------------------------------- columns

# Words people use for each vocabulary's values, beyond the values and labels themselves.
GROUP_WORDS = {
    "state": "member_state", "member states": "member_state", "ms": "member_state", "government": "member_state",
    "observer": "observer_state", "non member state": "observer_state", "observer states": "observer_state",
    "un": "un_entity", "united nations": "un_entity", "un agency": "un_entity", "un system": "un_entity",
    "igo": "intergovernmental", "io": "intergovernmental", "intergovernmental organization": "intergovernmental",
    "intergovernmental organisation": "intergovernmental", "international organization": "intergovernmental",
    "international organisation": "intergovernmental",
    "ngo": "civil_society", "cso": "civil_society", "ngos": "civil_society", "civil society organization": "civil_society",
    "civil society organisation": "civil_society", "non governmental organization": "civil_society",
    "non governmental organisation": "civil_society",
    "private": "private_sector", "business": "private_sector", "company": "private_sector",
    "academic": "academia", "university": "academia", "research": "academia",
    "survivor": "survivor_leader", "survivors": "survivor_leader", "youth organization": "youth", "young people": "youth",
}  # fmt: skip
LEVEL_WORDS = {
    "president": "head_of_state", "king": "head_of_state", "queen": "head_of_state", "hos": "head_of_state",
    "prime minister": "head_of_government", "hog": "head_of_government",
    "ministerial": "minister", "deputy prime minister": "minister", "secretary of state": "minister",
    "vice minister": "vice_minister", "deputy minister": "vice_minister", "state secretary": "vice_minister",
    "vice ministerial": "vice_minister",
    "permanent representative": "ambassador", "pr": "ambassador", "deputy permanent representative": "ambassador",
    "dpr": "ambassador", "h.e.": "ambassador",
    "delegate": "other", "expert": "other", "counsellor": "other", "official": "other",
}  # fmt: skip
MODALITY_WORDS = {
    "in-person": "in_person", "in person": "in_person", "onsite": "in_person", "on site": "in_person",
    "physical": "in_person", "in the room": "in_person", "room": "in_person", "present": "in_person",
    "remote": "online", "virtual": "online", "teams": "online", "zoom": "online", "webex": "online",
    "remotely": "online", "video message": "video", "pre recorded": "video", "prerecorded": "video",
    "recorded": "video", "recorded video": "video",
}  # fmt: skip
GENDER_WORDS = {"f": "female", "woman": "female", "w": "female", "m": "male", "man": "male"}


@dataclass(frozen=True)
class Column:
    key: str  # the participant's or the slot's field it fills
    label: str  # marked with N_
    words: tuple[str, ...]  # header wordings, folded; the first is the plainest
    read: Callable[[str], Any] = lambda text: " ".join(text.split()) or None
    required: bool = False


def _choice(choices: Any, what: str, words: dict[str, str]) -> Callable[[str], str | None]:
    def read(text: str) -> str | None:
        return entry.read_choice(text, choices, what, words) if text.strip() else None

    return read


def _language(text: str) -> str | None:
    if not text.strip():
        return None
    code = entry.read_language(text)
    if why := code_problem(code):
        raise EntryError(why)
    return code


_NAME = Column("name", N_("Name"), ("name", "full name", "speaker", "name of speaker", "participant", "representative",
                                "first and last name", "surname and name", "name and surname"), required=True)  # fmt: skip
_DELEGATION = Column("delegation", N_("Delegation"), ("delegation", "country", "member state", "state", "entity",
                                                  "organisation", "organization", "on behalf of", "mission"))  # fmt: skip
_GROUP = Column("group", N_("Group"), ("group", "stakeholder group", "stakeholder", "category", "type", "constituency"),
                _choice(StakeholderGroup, N_("stakeholder group"), GROUP_WORDS))  # fmt: skip
_LEVEL = Column("level", N_("Level"), ("level", "level of representation", "rank", "representation"),
                _choice(Level, N_("level"), LEVEL_WORDS))  # fmt: skip
_MODALITY = Column("modality", N_("Modality"), ("modality", "participation", "attendance", "mode", "format",
                                            "in person or online", "in person online"),
                   _choice(Modality, N_("modality"), MODALITY_WORDS))  # fmt: skip
_LANGUAGE = Column("language", N_("Language"), ("language", "floor language", "language of statement",
                                            "language of intervention", "speaking language"), _language)  # fmt: skip

# The registration's time is read by ``read_sheet`` itself: its dates may be day or month first.
REGISTERED = "registered"
INSCRIPTIONS: tuple[Column, ...] = (
    _NAME,
    _DELEGATION,
    _GROUP,
    _LEVEL,
    Column(REGISTERED, N_("Time of registration"), ("time of registration", "registered", "registration time",
                                                "date of registration", "registration date", "registration",
                                                "timestamp", "time stamp", "submitted", "date and time",
                                                "received", "time", "date"), required=True),  # fmt: skip
    _MODALITY,
    _LANGUAGE,
)
PARTICIPANTS: tuple[Column, ...] = (
    _NAME,
    Column("title", N_("Honorific"), ("honorific", "salutation", "title", "prefix", "courtesy title")),
    Column("position", N_("Position"), ("position", "job title", "function", "post", "designation")),
    Column("affiliation", N_("Affiliation"), ("affiliation", "institution", "employer")),
    _DELEGATION,
    _GROUP,
    _LEVEL,
    _MODALITY,
    _LANGUAGE,
    Column("gender", N_("Gender"), ("gender", "sex"), _choice(Gender, N_("gender"), GENDER_WORDS)),
    Column("protected", N_("Protected identity"), ("protected", "protected identity", "anonymous"), entry.read_flag),
    Column("notes", N_("Notes"), ("notes", "note", "comments", "remarks")),
)


# --------------------------------------------------------------------------- reading a sheet


@dataclass(frozen=True)
class Row:
    number: int  # the row's number in the sheet, as a spreadsheet shows it
    values: dict[str, Any]  # column key -> value read


@dataclass(frozen=True)
class Sheet:
    file: str
    rows: list[Row]
    ignored: list[str] = field(default_factory=list)  # headers no column took
    notes: list[str] = field(default_factory=list)  # what was assumed in reading (day-first dates)


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().casefold()
    return " ".join(re.sub(r"[^a-z0-9.]+", " ", plain).replace(" . ", " ").split())


def _cells(path: Path) -> list[list[Any]]:
    """The rows of the first sheet (XLSX) or of the CSV file, as cell values."""
    name = str(path)
    if not path.is_file():
        raise UnreadableFile(name, Message("there is no such file"))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException

        try:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as e:
            raise UnreadableFile(name, Message("it cannot be read as an Excel workbook ({error})", error=e.__class__.__name__)) from None
        try:
            return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()
    if suffix == ".xls":
        raise UnreadableFile(name, Message("it is an old Excel file (.xls); save it as an Excel workbook (.xlsx) or as CSV"))
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")  # what Excel on Windows writes as "CSV"
    # the separator that gives the widest row near the top (Excel writes ";" where "," is a decimal comma)
    head = text.splitlines()[:20]
    delimiter = max(",;\t", key=lambda d: max((len(r) for r in csv.reader(head, delimiter=d)), default=0))
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _score(cell: str, column: Column) -> float:
    """How well a folded header names a column: 2 for one of its wordings exactly, less for a
    header that holds a wording among other words ("Time of registration (CET)"), 0 for none."""
    best = 0.0
    for words in column.words:
        if cell == words:
            return 2.0
        if f" {words} " in f" {cell} ":
            best = max(best, len(words) / len(cell))
    return best


def _header(rows: list[list[Any]], columns: Sequence[Column]) -> tuple[int, dict[int, Column]]:
    """The header row (among the first ten) and which column each of its cells names: the best
    matches first, each header and each column taken once."""
    best: tuple[int, dict[int, Column]] = (-1, {})
    for r, row in enumerate(rows[:10]):
        cells = [_fold(c) if c is not None else "" for c in row]
        pairs = sorted(
            ((_score(cell, column), i, column) for i, cell in enumerate(cells) if cell for column in columns),
            key=lambda pair: -pair[0],
        )
        found: dict[int, Column] = {}
        for score, i, column in pairs:
            if score > 0 and i not in found and column not in found.values():
                found[i] = column
        if len(found) > len(best[1]):
            best = (r, found)
        if len(found) >= 2 and any(c.required for c in found.values()):
            return r, found
    return best


def read_sheet(path: str | Path, columns: Sequence[Column]) -> Sheet:
    """Every row of a CSV or XLSX list, its values read; ``SheetError`` lists every bad value,
    ``UnreadableFile`` says why a file cannot be opened."""
    path = Path(path)
    name = path.name
    cells = _cells(path)
    header_row, found = _header(cells, columns)
    missing = [c for c in columns if c.required and c not in found.values()]
    if header_row < 0 or missing:
        headers = [str(c) for c in (cells[max(header_row, 0)] if cells else []) if c not in (None, "")]
        needed = Later(i18n.join, [Message('"{label}"', label=Word(c.label)) for c in missing]) if missing else Message("the column names")
        seen = Message("; its first row has: {headers}", headers=", ".join(headers)) if headers else Message("; it is empty")
        raise SheetError([Message("{file}: no column for {needed} was found{seen}", file=name, needed=needed, seen=seen)])
    header = cells[header_row]
    letters = {i: _letter(i) for i in found}
    registered = next((i for i, c in found.items() if c.key == REGISTERED), None)
    day_first, notes = _date_order(cells[header_row + 1 :], registered)
    problems: list[Message] = []
    rows: list[Row] = []
    for n, row in enumerate(cells[header_row + 1 :], start=header_row + 2):
        if all(c is None or str(c).strip() == "" for c in row):
            continue
        values: dict[str, Any] = {}
        for i, column in found.items():
            cell = row[i] if i < len(row) else None
            where = Message('{file}, row {row}, column {column} "{header}"', file=name, row=n, column=letters[i], header=header[i])
            try:
                value = _read(cell, column, day_first)
            except EntryError as e:
                problems.append(Message("{where}: {problem}", where=where, problem=e.message))
                continue
            if value is None and column.required:
                problems.append(Message("{where}: is empty; every row needs a {column}", where=where,
                                        column=Later(i18n.lower, Word(column.label))))
                continue
            values[column.key] = value
        rows.append(Row(n, values))
    if problems:
        raise SheetError(problems)
    ignored = [str(h) for i, h in enumerate(header) if i not in found and h not in (None, "")]
    return Sheet(name, rows, ignored, notes)


def _letter(index: int) -> str:
    """The spreadsheet's name of a column: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_SLASHED = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.]\d{4}")


def _date_order(rows: list[list[Any]], column: int | None) -> tuple[bool, list[str]]:
    """Whether the registration dates are day first (12/07/2024) or month first (07/12/2024): the
    file's own dates tell when one of them has a number above 12; otherwise day first, said in a note."""
    if column is None:
        return True, []
    firsts, seconds = [], []
    for row in rows:
        if column < len(row) and isinstance(row[column], str) and (m := _SLASHED.match(row[column])):
            firsts.append(int(m.group(1)))
            seconds.append(int(m.group(2)))
    if any(n > 12 for n in seconds) and not any(n > 12 for n in firsts):
        return False, []
    if firsts and not any(n > 12 for n in firsts + seconds):
        return True, [Message("dates such as 05/07/2024 were read day first (5 July 2024)")]
    return True, []


def _read(cell: Any, column: Column, day_first: bool) -> Any:
    if column.key == REGISTERED:
        if isinstance(cell, dt.datetime):
            return cell.replace(microsecond=0, tzinfo=None)
        if isinstance(cell, dt.date):
            return dt.datetime.combine(cell, dt.time(0, 0))
        text = "" if cell is None else str(cell)
        return entry.read_datetime(text, day_first) if text.strip() else None
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    text = "" if cell is None else str(cell)
    return column.read(text)


# --------------------------------------------------------------------------- adding to a draft

_HONORIFIC = re.compile(r"^((?:H\.\s?E\.\s+)?(?:Mr|Ms|Mrs|Dr|Prof|Amb)\.?|H\.\s?E\.|Professor|Ambassador)\s+(?=\S)", re.I)


def split_honorific(name: str) -> tuple[str | None, str]:
    """ "H.E. Mr. John Smith" → ("H.E. Mr.", "John Smith")."""
    m = _HONORIFIC.match(name)
    return (m.group(1), name[m.end() :]) if m else (None, name)


def is_late(slot: SpeakerSlot, meeting: Meeting) -> bool:
    """The request to speak came after the meeting's registration deadline (which is a whole day)."""
    deadline = meeting.registration_deadline
    return slot.registered_at is not None and deadline is not None and slot.registered_at.date() > deadline


def late_note(deadline: dt.date) -> str:
    """The note of an inscription after the deadline, kept in the programme in the secretariat's language."""
    return i18n._("registered late (after the deadline of {date})", date=i18n.date(deadline, "long"))


@dataclass(frozen=True)
class ImportReport:
    added: int  # slots or participants added
    new_participants: list[str]  # display names
    existing: list[str]  # rows matched to participants already listed
    late: list[str]  # inscriptions after the deadline
    ignored: list[str]  # headers no column took
    notes: list[str]

    def summary(self, what: str) -> str:
        """What was imported, a line a point (``what``: "inscriptions", in the reader's words): a ``Message``."""
        lines = [Message("{count} {what} imported.", count=self.added, what=what)]
        if self.late:
            lines.append(Message("{count} registered after the deadline, flagged late: {names}.", count=len(self.late),
                                 names=", ".join(self.late)))
        if self.existing:
            lines.append(Message("Already among the participants: {names}.", names=", ".join(self.existing)))
        if self.ignored:
            lines.append(Message("Columns not used: {names}.", names=", ".join(self.ignored)))
        lines += [Message("{note}.", note=Later(i18n.capital, note)) for note in self.notes]
        return Joined(lines)


_PERSON_KEYS = ("title", "name", "position", "affiliation", "delegation", "group", "level", "modality", "language",
                "gender", "protected", "notes")  # fmt: skip


def _person(values: dict[str, Any]) -> dict[str, Any]:
    person = {k: values[k] for k in _PERSON_KEYS if values.get(k) is not None}
    if "title" not in person:
        title, name = split_honorific(person["name"])
        if title:
            person["title"], person["name"] = title, name
    return person


def _existing(meeting: Meeting, person: dict[str, Any]) -> Participant | None:
    """The participant a row names: the same name, from the same delegation or organisation."""
    name = _fold(person["name"])
    where = _fold(person.get("delegation") or person.get("affiliation") or "")
    for p in meeting.participants:
        if _fold(p.name) == name and where in ("", _fold(p.delegation or p.affiliation or "")):
            return p
    return None


def add_inscriptions(draft: Draft, segment: Segment, sheet: Sheet) -> ImportReport:
    """Add every inscription as a slot of ``segment`` (a delegate's intervention, with its time of
    registration), in order of registration; a new participant for each speaker not yet listed.
    One edit of the draft; ``EditRefused`` when the segment cannot change (and nothing is added)."""
    meeting = draft.meeting
    deadline = meeting.registration_deadline
    new, existing, late = [], [], []
    ordered = sorted(sheet.rows, key=lambda row: row.values[REGISTERED])
    with draft.group(f"Import {len(ordered)} inscriptions into \u201c{segment.title}\u201d"):
        for row in ordered:
            person = _person(row.values)
            participant = _existing(meeting, person)
            if participant is None:
                participant = draft.add(meeting, "participants", **person).created
                new.append(participant.display_name)
            else:
                existing.append(participant.display_name)
            registered = row.values[REGISTERED]
            note = late_note(deadline) if deadline is not None and registered.date() > deadline else None
            if note:
                late.append(participant.display_name)
            draft.add(segment, "slots", participant=participant, role=Role.DELEGATE.value, registered=registered, note=note)
    notes = list(sheet.notes)
    if deadline is None:
        notes.append(Message("the meeting has no registration deadline, so no inscription was flagged late"))
    return ImportReport(len(ordered), new, existing, late, sheet.ignored, notes)


def add_participants(draft: Draft, sheet: Sheet) -> ImportReport:
    """Add every row not already among the participants. One edit of the draft."""
    new, existing = [], []
    with draft.group(f"Import participants from {sheet.file}"):
        for row in sheet.rows:
            person = _person(row.values)
            if (participant := _existing(draft.meeting, person)) is not None:
                existing.append(participant.display_name)
                continue
            new.append(draft.add(draft.meeting, "participants", **person).created.display_name)
    return ImportReport(len(new), new, existing, [], sheet.ignored, list(sheet.notes))
