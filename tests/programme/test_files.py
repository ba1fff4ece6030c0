"""Programme files: reading into a meeting, problems with line and field, writing back without loss."""

from __future__ import annotations

import datetime as dt

import pytest
import tomlkit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect

from meetingdesk.programme.files import (
    build_source_map,
    dump_programme,
    load_programme,
    parse_programme,
    read_text,
)
from meetingdesk.programme.problems import ProgrammeError, UnreadableFile


def test_a_valid_file_becomes_a_transient_meeting(programme_file):
    meeting = load_programme(programme_file)
    assert inspect(meeting).transient  # not attached to any session
    assert meeting.title.startswith("Trafficking in children")
    assert meeting.languages == ["en", "fr", "ne", "es"]
    assert meeting.intervention_seconds == 120
    assert [(b.into, b.sources, b.interpreters) for b in meeting.booths][2] == ("es", ["en"], 3)
    thapa = meeting.participant("thapa")
    assert (thapa.language, thapa.modality, thapa.protected) == ("ne", "online", True)
    assert meeting.participant("maalla").position_title.startswith("Special Representative")
    assert meeting.item("I.1").parent is meeting.item("I")

    sitting = meeting.sittings[0]
    assert (sitting.date, sitting.start, sitting.end) == (dt.date(2025, 3, 14), dt.time(14), dt.time(15))
    opening, interventions, tour = sitting.segments
    assert (opening.start, opening.end, opening.planned_seconds) == (dt.time(14), dt.time(14, 20), None)
    assert [(s.participant.key, s.role, s.min_seconds, s.max_seconds) for s in opening.slots] == [
        ("maalla", "moderator", 300, 300),
        ("thapa", "panellist", 180, 300),
    ]
    assert opening.slots[1].text_received is True
    assert (interventions.planned_seconds, interventions.time_permitting, interventions.item.number) == (1200, True, "I.1")
    assert interventions.slots[0].registered_at == dt.datetime(2025, 3, 9, 10, 30)
    assert interventions.slots[0].min_seconds is None  # the meeting's default applies, not copied in
    assert tour.standing_items[0].questions == ["What works?", "What is missing?"]


def test_defaults_are_filled_in_even_before_the_meeting_is_saved(write_programme, valid_programme):
    meeting = load_programme(write_programme(valid_programme))
    maalla = meeting.participant("maalla")
    assert (maalla.modality, maalla.protected, maalla.language, maalla.assumed) == ("in_person", False, None, [])
    assert meeting.booths[0].interpreters == 2
    assert meeting.sittings[0].segments[0].slots[0].text_received is False
    assert meeting.co_sponsors == []


def test_load_dump_load_gives_the_same_data(programme_file, snapshot):
    first = load_programme(programme_file)
    text = dump_programme(first)
    second, problems = parse_programme(text, "dumped.toml")
    assert problems == []
    assert snapshot(second) == snapshot(first)
    assert dump_programme(second) == text


def test_dump_writes_the_format_a_person_would(programme_file):
    text = dump_programme(load_programme(programme_file))
    assert text.startswith("format = 1\n\n[meeting]\n")
    assert 'start = "14:00"\nend = "14:20"' in text
    assert "minutes = 5\n" in text and "minutes = [3, 5]\n" in text and "minutes = 20\n" in text
    assert "intervention_minutes = 2\n" in text
    assert "registration_deadline = 2025-03-10\n" in text
    assert "registered = 2025-03-09T10:30:00\n" in text
    assert "modality = \"in_person\"" not in text  # defaults are left out
    assert "interpreters = 2" not in text and "interpreters = 3" in text
    assert "text_received = false" not in text and "protected = false" not in text
    assert "co_sponsors" not in text and "role = \"speaker\"" not in text


def test_unusual_values_survive_a_round_trip(write_programme, valid_programme, snapshot):
    text = valid_programme.replace(
        'title = "Setting the scene"',
        'title = "Setting \\"the\\" scene\\\\ \\t ✓ — Genève\\nsecond line"\ndescription = \'\'\'literal\n  text\'\'\'',
    )
    text = text.replace("minutes = 5\n", "minutes = 2.5\n").replace("minutes = [3, 5]", "minutes = [1.5, 4.25]")
    text = text.replace('end = "14:20"', 'end = "14:20:30"')
    meeting = load_programme(write_programme(text))
    opening = meeting.sittings[0].segments[0]
    assert opening.title == 'Setting "the" scene\\ \t ✓ — Genève\nsecond line'
    assert opening.end == dt.time(14, 20, 30)
    assert [(s.min_seconds, s.max_seconds) for s in opening.slots] == [(150, 150), (90, 255)]
    dumped = dump_programme(meeting)
    assert 'end = "14:20:30"' in dumped and "minutes = 2.5\n" in dumped and "minutes = [1.5, 4.25]" in dumped
    again, problems = parse_programme(dumped)
    assert problems == [] and snapshot(again) == snapshot(meeting)


def test_a_speech_text_for_the_interpreters_survives_a_round_trip(write_programme, valid_programme, snapshot):
    text = valid_programme.replace(
        "minutes = 5\n", 'minutes = 5\ntext = """Excellencies, colleagues,\nwelcome to Room XXII."""\n', 1
    )
    meeting = load_programme(write_programme(text))
    slot = meeting.sittings[0].segments[0].slots[0]
    assert slot.speech_text == "Excellencies, colleagues,\nwelcome to Room XXII."
    assert slot.text_received  # a text in the file is a text the booths have
    again, problems = parse_programme(dump_programme(meeting))
    assert problems == [] and snapshot(again) == snapshot(meeting)
    slot.text_received = False  # kept on file, but not yet sent: that must survive too
    again, problems = parse_programme(dump_programme(meeting))
    assert problems == [] and again.sittings[0].segments[0].slots[0].text_received is False


def test_toml_dates_times_and_quoted_dates_are_all_accepted(write_programme, valid_programme):
    text = valid_programme.replace("date = 2025-03-14", 'date = "2025-03-14"').replace('start = "14:00"\nend = "15:00"', "start = 14:00:00\nend = 15:00:00")
    meeting = load_programme(write_programme(text))
    assert (meeting.sittings[0].date, meeting.sittings[0].start) == (dt.date(2025, 3, 14), dt.time(14))


# --------------------------------------------------------------------------- problems


def test_a_toml_syntax_error_gives_line_and_column(write_programme, valid_programme):
    lines = valid_programme.splitlines()
    at = lines.index('end = "14:20"')
    lines[at] = 'end = "14:20'  # unterminated string
    with pytest.raises(ProgrammeError) as raised:
        load_programme(write_programme("\n".join(lines), "hrc.toml"))
    (problem,) = raised.value.problems
    assert problem.line == at + 1
    assert "not valid TOML" in problem.message and "column" in problem.message
    assert str(problem).startswith(f"{problem.file}:{at + 1}: error: this is not valid TOML")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('format = 1\n[meeting]\ntitle = "a"\ntitle = "b"\n', 4, "a key that already has a value is given another one"),
        ('format = 1\n[meeting]\ntitle = "a"\n\n[meeting]\nroom = "b"\n', 5, "the table [meeting] is written twice"),
    ],
    ids=["key-twice", "table-twice"],
)
def test_keys_and_tables_written_twice_are_named_in_plain_words(text, line, words):
    _, (problem,) = parse_programme(text, "twice.toml")
    assert problem.line == line and words in problem.message


def test_every_field_error_is_listed_at_once_with_line_and_path(write_programme, valid_programme):
    text = (
        valid_programme.replace('format = "hybrid"', 'format = "blended"')
        .replace('id = "colombia"', 'id = "colombia"\nlevle = "ambassador"')
        .replace('participant = "colombia"', 'participant = "colmbia"')
        .replace('item = "I.1"', 'item = "I.2"')
        .replace("minutes = [3, 5]", 'minutes = "3-5"')
        .replace('start = "14:00"\nend = "14:20"', 'start = "2 pm"\nend = "14:20"')
        .replace('title = "Tour de table"\n', "")
    )
    path = write_programme(text, "broken.toml")
    with pytest.raises(ProgrammeError) as raised:
        load_programme(path)
    lines = text.splitlines()

    def line_of(fragment: str) -> int:
        return next(i for i, t in enumerate(lines, 1) if t.startswith(fragment))

    found = {(p.field, p.line) for p in raised.value.problems}
    assert found == {
        ("meeting.format", line_of('format = "blended"')),
        ("participants[2].levle", line_of("levle")),
        ("sittings[0].segments[1].slots[0].participant", line_of('participant = "colmbia"')),
        ("sittings[0].segments[1].item", line_of('item = "I.2"')),
        ("sittings[0].segments[0].slots[1].minutes", line_of('minutes = "3-5"')),
        ("sittings[0].segments[0].start", line_of('start = "2 pm"')),
        ("sittings[0].segments[2].title", line_of('kind = "tour_de_table"') - 1),  # the tour's [[sittings.segments]]
    }
    assert all(p.file == str(path) and p.is_error for p in raised.value.problems)
    messages = "\n".join(str(p) for p in raised.value.problems)
    assert 'did you mean "colombia"' in messages and 'did you mean "level"' in messages


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp: tmp / "missing.toml", "there is no such file"),
        (lambda tmp: tmp, "it is a folder"),
        (lambda tmp: (tmp / "latin1.toml", (tmp / "latin1.toml").write_bytes("titre = 'Genève'".encode("latin-1")))[0], "not UTF-8"),
    ],
    ids=["missing", "folder", "not-utf8"],
)
def test_unreadable_files(tmp_path, make, reason):
    path = make(tmp_path)
    with pytest.raises(UnreadableFile) as raised:
        read_text(path)
    assert reason in str(raised.value) and str(path) in str(raised.value)


def test_a_byte_order_mark_is_tolerated(write_programme, valid_programme, tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + valid_programme.encode("utf-8"))
    assert load_programme(path).title.startswith("Trafficking")


def test_midnight_and_offsets_get_a_helpful_message(valid_programme):
    text = valid_programme.replace('end = "15:00"', 'end = "24:00"').replace(
        "registered = 2025-03-09T10:30:00", "registered = 2025-03-09T10:30:00+01:00"
    )
    _, problems = parse_programme(text)
    messages = {p.field: p.message for p in problems}
    assert 'midnight is "00:00"' in messages["sittings[0].end"]
    assert "without a zone offset" in messages["sittings[0].segments[1].slots[0].registered"]


def test_absurd_numbers_and_dates_are_errors_not_crashes(valid_programme):
    text = (
        valid_programme.replace("minutes = 20\n", "minutes = 1e300\n")
        .replace("minutes = [3, 5]", "minutes = [3, 99999999999999999]")
        .replace("interpreters = 3", "interpreters = 9223372036854775807")
        .replace("date = 2025-03-14", "date = 9999-12-31")
    )
    _, problems = parse_programme(text)
    messages = {p.field: p.message for p in problems}
    assert "at most 1440 minutes" in messages["sittings[0].segments[1].minutes"]
    assert "at most 1440 minutes" in messages["sittings[0].segments[0].slots[1].minutes"]
    assert "from 1 to 1000" in messages["booths[2].interpreters"]
    assert "not a plausible date" in messages["sittings[0].date"]


def test_texts_longer_than_the_database_holds_are_errors(valid_programme):
    text = valid_programme.replace('id = "thapa"', f'id = "{"t" * 101}"').replace('room = "Room XXII"', f'room = "{"R" * 201}"')
    _, problems = parse_programme(text)
    assert {(p.field, p.message) for p in problems} >= {
        ("participants[1].id", "is 101 characters long; at most 100 fit"),
        ("meeting.room", "is 201 characters long; at most 200 fit"),
    }


def test_a_wrong_format_version_is_an_error(valid_programme):
    _, problems = parse_programme(valid_programme.replace("format = 1", "format = 2", 1))
    assert [(p.field, p.line) for p in problems] == [("format", 1)]
    assert "format = 2" in problems[0].message


# --------------------------------------------------------------------------- source map


def test_source_map_counts_array_indexes_per_parent():
    text = """format = 1
[[sittings]]
date = 2025-01-01
[[sittings.segments]]
title = "a"
[[sittings.segments.slots]]
minutes = 1
[[sittings]]
[[sittings.segments]]
[[sittings.segments]]
[[sittings.segments.slots]]
[[sittings.segments.slots]]
minutes = 2
"""
    smap = build_source_map(text)
    assert smap.line_of("sittings[0].segments[0].slots[0].minutes") == 7
    assert smap.line_of("sittings[1]") == 8
    assert smap.line_of("sittings[1].segments[1]") == 10
    assert smap.line_of("sittings[1].segments[1].slots[1].minutes") == 13
    assert smap.line_of("sittings[1].segments[1].slots[0].role") == 11  # not written: the table's line
    assert smap.line_of("sittings[1].segments[0].title") == 9


def test_source_map_is_not_fooled_by_strings_and_multiline_values():
    text = '''[meeting]
description = """
[[sittings]]
title = "not a key"
"""
languages = [
  "en",  # [[booths]]
  "fr",
]
title = 'x = y'
[[sittings]]
date = 2025-01-01
'''
    smap = build_source_map(text)
    assert smap.line_of("meeting.languages") == 6
    assert smap.line_of("meeting.title") == 10
    assert "meeting.title" in smap.lines and smap.lines["meeting.title"] == 10
    assert smap.line_of("sittings[0]") == 11
    assert smap.line_of("sittings[0].date") == 12
    assert "booths" not in smap.lines


# --------------------------------------------------------------------------- robustness

FIELDS = {
    "meeting": ["title", "format", "time_zone", "languages", "display_zones", "registration_deadline", "intervention_minutes", "pivot_language"],
    "participant": ["id", "name", "group", "language", "protected", "modality"],
    "sitting": ["date", "start", "end", "title"],
    "segment": ["title", "kind", "start", "end", "minutes", "item", "time_permitting"],
    "slot": ["participant", "role", "minutes", "registered", "text_received"],
}
scalars = st.one_of(
    st.integers(-10**6, 10**6),
    st.floats(allow_nan=False, width=32),
    st.booleans(),
    st.text(max_size=12),
    st.sampled_from(["14:00", "25:00", "en", "xx", "Europe/Zurich", "Mars/Base", "panel", "p0", "I", "2025-03-14"]),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.times(),
)
values = st.one_of(scalars, st.lists(scalars, max_size=3))


def table_of(kind: str):
    return st.dictionaries(st.sampled_from(FIELDS[kind] + ["unknown"]), values, max_size=len(FIELDS[kind]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    meeting=table_of("meeting"),
    participants=st.lists(table_of("participant"), max_size=3),
    sittings=st.lists(st.tuples(table_of("sitting"), st.lists(st.tuples(table_of("segment"), st.lists(table_of("slot"), max_size=3)), max_size=3)), max_size=2),
)
def test_any_mix_of_values_gives_problems_never_an_exception(meeting, participants, sittings):
    doc = {"format": 1, "meeting": meeting, "participants": participants, "sittings": []}
    for sitting, segments in sittings:
        sitting = dict(sitting)
        sitting["segments"] = [dict(seg, slots=slots) for seg, slots in segments]
        doc["sittings"].append(sitting)
    text = tomlkit.dumps(doc)
    result, problems = parse_programme(text, "fuzz.toml")
    assert result is not None
    if not any(p.is_error for p in problems):
        again, more = parse_programme(dump_programme(result))
        assert not any(p.is_error for p in more)
    for p in problems:
        assert p.message and p.file == "fuzz.toml"
