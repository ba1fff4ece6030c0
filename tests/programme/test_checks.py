"""`meetingdesk check`: every planted problem is found, named by file, line and field; clean files pass."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from meetingdesk import cli
from meetingdesk.interpretation import InterpretationPlan
from meetingdesk.programme.checks import check_meeting
from meetingdesk.programme.files import check_file, parse_programme
from meetingdesk.programme.languages import code_problem, language_name, route
from meetingdesk.programme.model import Booth
from meetingdesk.programme.plan import plan_sitting
from meetingdesk.programme.problems import UnreadableFile
from meetingdesk.programme.zones import zone_problem

BROKEN = Path(__file__).with_name("broken")
BROKEN_FILES = sorted(BROKEN.glob("*.toml"))
EXPECT = re.compile(r"^# expect(?: (\d+))?: (error|warning) (\S+): (.+)$")


def expectations(path: Path) -> list[tuple[str, str | None, int, str]]:
    """(severity, field, line of the planted marker, message fragment) from the file's header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    for text in lines:
        m = EXPECT.match(text)
        if not m:
            continue
        number, severity, field, message = m.groups()
        marker = f"# planted {number}" if number else "# planted"
        line = next(i for i, t in enumerate(lines, 1) if t.rstrip().endswith(marker))
        found.append((severity, None if field == "-" else field, line, message))
    assert found, f"{path.name} has no '# expect:' line"
    return found


def test_there_is_one_broken_file_per_rule_and_one_with_many_problems():
    assert len(BROKEN_FILES) >= 20
    assert len(expectations(BROKEN / "many.toml")) >= 10


@pytest.mark.parametrize("path", BROKEN_FILES, ids=[p.stem for p in BROKEN_FILES])
def test_check_finds_each_planted_problem_at_its_file_line_and_field(path: Path):
    problems = check_file(path)
    for severity, field, line, message in expectations(path):
        matching = [p for p in problems if p.field == field and message in p.message]
        assert matching, f"{path.name}: no {severity} on {field} saying {message!r}; got:\n" + "\n".join(map(str, problems))
        problem = matching[0]
        assert problem.severity == severity
        assert problem.line == line
        assert problem.file == str(path)
        assert str(problem).startswith(f"{path}:{line}: {severity}: {field + ': ' if field else ''}")


@pytest.mark.parametrize("path", BROKEN_FILES, ids=[p.stem for p in BROKEN_FILES])
def test_each_broken_file_has_only_its_planted_problems(path: Path):
    assert len(check_file(path)) == len(expectations(path))


def test_the_valid_programme_is_clean(programme_file):
    assert check_file(programme_file) == []


# --------------------------------------------------------------------------- passing sides of each rule


def problems_of(text: str) -> list:
    meeting, problems = parse_programme(text, "p.toml")
    assert meeting is not None
    return problems


@pytest.fixture
def valid(valid_programme: str) -> str:
    return valid_programme


def edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def test_a_sitting_may_run_past_midnight_for_less_than_12_hours(valid):
    text = edit(valid, 'start = "14:00"\nend = "15:00"', 'start = "22:00"\nend = "01:00"')
    text = edit(text, 'start = "14:00"\nend = "14:20"', 'start = "22:00"\nend = "00:20"')
    assert problems_of(text) == []
    meeting, _ = parse_programme(text)
    plan = plan_sitting(meeting.sittings[0])
    assert (plan[0].end.day, plan[0].end.strftime("%H:%M")) == (15, "00:20")  # the next day, not 22 hours earlier
    assert [(p.start.strftime("%H:%M"), p.end.strftime("%d %H:%M")) for p in plan[1:]] == [
        ("00:20", "15 00:40"),
        ("00:40", "15 01:00"),
    ]


def test_a_sitting_ending_12_hours_or_more_before_its_start_is_an_error(valid):
    text = edit(valid, 'end = "15:00"', 'end = "02:00"')
    problems = problems_of(text)
    assert [p.field for p in problems] == ["sittings[0].end"]


def test_a_segment_before_a_sitting_without_end_is_outside_it(valid):
    text = edit(valid, 'start = "14:00"\nend = "15:00"', 'start = "14:00"')
    text = edit(text, 'start = "14:00"\nend = "14:20"', 'start = "13:50"\nend = "14:20"')
    problems = problems_of(text)
    assert [(p.field, p.severity) for p in problems] == [("sittings[0].segments[0].start", "error")]
    assert "before its sitting starts at 14:00" in problems[0].message


def test_segments_that_touch_do_not_overlap_and_sittings_on_other_days_do_not_either(valid):
    second = '\n[[sittings]]\ndate = 2025-03-15\nstart = "14:00"\nend = "15:00"\n'
    assert problems_of(valid + second) == []


def test_allotments_that_exactly_fill_the_segment_are_fine(valid):
    # the opening is 20 min: a 5-min moderator and a 3-5 min panellist fit even at their longest
    text = edit(valid, "minutes = [3, 5]", "minutes = [3, 15]")
    assert problems_of(text) == []
    text = edit(valid, "minutes = [3, 5]", "minutes = [3, 16]")
    assert [p.severity for p in problems_of(text)] == ["warning"]


def test_interventions_default_to_the_meetings_intervention_minutes(valid):
    # 20 min of interventions at the default 2 min each: 10 delegates fit, 11 do not
    delegates = "".join(
        f'\n[[participants]]\nid = "d{i}"\nname = "Delegate {i}"\ngroup = "member_state"\nlanguage = "en"\n'
        for i in range(11)
    )
    slots = "".join(f'\n[[sittings.segments.slots]]\nparticipant = "d{i}"\nrole = "delegate"\n' for i in range(9))
    text = edit(valid, "[[items]]", delegates + "\n[[items]]")
    text = edit(text, "registered = 2025-03-09T10:30:00\n", "registered = 2025-03-09T10:30:00\n" + slots)
    assert problems_of(text) == []
    one_more = '\n[[sittings.segments.slots]]\nparticipant = "d10"\nrole = "delegate"\n'
    text = edit(text, "registered = 2025-03-09T10:30:00\n", "registered = 2025-03-09T10:30:00\n" + one_more)
    problems = problems_of(text)
    assert [str(p.message) for p in problems] == ["the 11 delegates need at least 22 min but the segment has 20 min"]


def test_a_deadline_on_the_day_of_the_meeting_is_fine(valid):
    assert problems_of(edit(valid, "registration_deadline = 2025-03-10", "registration_deadline = 2025-03-14")) == []


def test_the_same_name_in_two_organisations_is_two_people(valid):
    twin = '\n[[participants]]\nid = "maalla2"\nname = "Najat Maalla M\'jid"\naffiliation = "Another body"\n\n[[items]]'
    assert problems_of(edit(valid, "[[items]]", twin)) == []


def test_a_protected_participant_with_a_group_is_fine_and_without_one_is_a_warning(valid):
    assert problems_of(valid) == []  # thapa is protected and a survivor leader
    text = edit(valid, 'group = "survivor_leader"\n', "")
    problems = problems_of(text)
    line = text.splitlines().index("protected = true") + 1
    assert [(p.severity, p.field, p.line) for p in problems] == [("warning", "participants[1].protected", line)]


def test_a_speaker_of_the_only_language_needs_no_booth(valid):
    text = edit(valid, 'languages = ["en", "fr", "ne", "es"]', 'languages = ["en"]')
    text = re.sub(r"\[\[booths\]\]\n(?:.+\n)+", "", text)
    text = text.replace('language = "ne"\n', "").replace('language = "es"\n', 'language = "EN"\n')
    assert problems_of(text) == []


def test_several_languages_and_no_booths_is_a_warning_not_an_error(valid):
    text = re.sub(r"\[\[booths\]\]\n(?:.+\n)+", "", valid)
    problems = problems_of(text)
    assert [(p.severity, p.field) for p in problems] == [("warning", "meeting.languages")]
    assert "English, French, Nepali and Spanish" in problems[0].message


def test_a_booth_hearing_an_unknown_language_is_reported(valid):
    problems = problems_of(edit(valid, 'from = ["en", "es"]', 'from = ["en", "espanol"]'))
    assert ("booths[1].from", 25) in [(p.field, p.line) for p in problems]


def test_an_unknown_name_in_assumed_is_a_warning(valid):
    problems = problems_of(edit(valid, 'assumed = ["intervention_minutes"]', 'assumed = ["intervention_time"]'))
    assert [(p.severity, p.field) for p in problems] == [("warning", "meeting.assumed")]


def test_a_duplicate_standing_item_is_an_error(valid):
    text = valid + '\n[[sittings.segments.standing_items]]\nid = "prevention"\ntitle = "Again"\n'
    problems = problems_of(text)
    assert [p.field for p in problems] == ["sittings[0].segments[2].standing_items[1].id"]


def test_check_meeting_without_a_file_names_fields_only(valid):
    meeting, _ = parse_programme(edit(valid, 'time_zone = "Europe/Zurich"', 'time_zone = "Europe/Genva"'))
    problems = check_meeting(meeting)
    assert [(p.field, p.file, p.line) for p in problems] == [("meeting.time_zone", None, None)]
    assert str(problems[0]).startswith("<programme>: error: meeting.time_zone:")


# --------------------------------------------------------------------------- languages and relay


def test_language_names_and_codes():
    assert language_name("ne") == "Nepali"
    assert language_name("zh-Hans") == "Chinese (Simplified)"
    assert code_problem("en") is None and code_problem("fr-CH") is None
    assert "not a language code" in code_problem("np")
    assert "not a language code" in code_problem("english")
    assert code_problem("") is not None and code_problem(None) is not None


def booths():
    return [
        Booth(into="en", sources=["fr", "ne", "es"]),
        Booth(into="fr", sources=["en", "es"]),
        Booth(into="es", sources=["en"]),
    ]


def test_route_direct_relay_or_none():
    assert route("fr", "en", booths(), "en") == "direct"
    assert route("es", "fr", booths(), "en") == "direct"
    assert route("ne", "fr", booths(), "en") == "relay"  # Nepali → English booth → French booth
    assert route("ne", "es", booths(), "en") == "relay"
    assert route("ne", "fr", booths(), None) is None  # no pivot, no relay
    assert route("ar", "fr", booths(), "en") is None  # nobody hears Arabic
    assert route("fr", "es", booths(), "en") == "relay"  # the Spanish booth hears only English
    assert route("en", "EN", booths(), "en") == "direct"  # the same language needs no booth
    assert route("fr", "ne", booths(), "en") is None  # there is no booth into Nepali


def test_regional_variants_are_heard_by_the_booth_of_their_language(valid):
    # a Swiss French, a Latin American Spanish and a British English speaker: the booths hear French,
    # Spanish and English; the variant stays what the participant speaks
    text = edit(valid, 'gender = "female"\n', 'gender = "female"\nlanguage = "fr-CH"\n')
    text = edit(text, 'language = "es"\n', 'language = "es-419"\n')
    text = edit(text, 'languages = ["en", "fr", "ne", "es"]', 'languages = ["en-GB", "fr", "ne", "es"]')
    assert problems_of(text) == []
    meeting, _ = parse_programme(text)
    assert meeting.participant("maalla").language == "fr-CH"
    assert route("fr-CH", "en", booths(), "en") == "direct" and route("es-419", "fr", booths(), "en") == "direct"
    assert route("fr-CH", "es", booths(), "en") == "relay"
    assert route("ne", "en-GB", booths(), "en") == "direct"
    assert language_name("fr-CH") == "French (Switzerland)" and language_name("es-419") == "Spanish (Latin America)"
    cover = InterpretationPlan.of(meeting).cover("es-419")
    assert [(c.booth.into, c.mode) for c in cover] == [("en", "direct"), ("fr", "direct"), ("es", "floor"), ("ne", "relay")]
    assert cover[3].via is not None and cover[3].via.into == "en"


def test_a_regional_variant_nobody_interprets_is_named_as_written(valid):
    text = edit(valid, 'language = "es"\n', 'language = "pt-BR"\n')
    [problem] = problems_of(text)
    assert problem.message.startswith("Delegate of Colombia speaks Portuguese (Brazil), which nobody interprets")


def test_a_language_written_as_a_name_gets_its_code():
    assert code_problem("English") == '"English" is not a language code; did you mean "en" (English)?'
    assert code_problem("español") == '"español" is not a language code; did you mean "es" (Spanish)?'
    assert code_problem("xyzzy") == '"xyzzy" is not a language code; use a BCP 47 code such as "en", "fr", "ne" or "es"'


# --------------------------------------------------------------------------- the command


def run(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_check_exits_0_when_clean(capsys, programme_file):
    code, out = run(capsys, "check", str(programme_file))
    assert code == 0
    assert out.strip() == f"{programme_file}: 0 error(s), 0 warning(s)"


def test_check_exits_0_with_only_warnings(capsys):
    code, out = run(capsys, "check", str(BROKEN / "allotments_tight.toml"))
    assert code == 0 and "warning: sittings[0].segments[1].slots: tight:" in out


def test_check_exits_1_and_lists_every_problem(capsys):
    path = BROKEN / "many.toml"
    code, out = run(capsys, "check", str(path))
    assert code == 1
    assert f"{path}: 14 error(s), 0 warning(s)" in out
    for _, field, line, _ in expectations(path):
        assert f"{path}:{line}: error: {field}:" in out


def test_check_exits_2_when_a_file_cannot_be_read(capsys, tmp_path):
    code, out = run(capsys, "check", str(tmp_path / "nowhere.toml"))
    assert code == 2
    assert "nowhere.toml: cannot read: there is no such file" in out


def test_check_raises_unreadable_only_for_files_it_cannot_read(tmp_path):
    with pytest.raises(UnreadableFile):
        check_file(tmp_path)
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    assert [p.field for p in check_file(empty)] == ["format", "meeting", "sittings"]


GARBAGE = {
    "binary.toml": bytes(range(256)) * 4,
    "empty.toml": b"",
    "nul.toml": b"format = 1\x00\n",
    "latin1.toml": 'title = "Genève"'.encode("latin-1"),
    "not-toml.toml": b"{ this is : json }",
    "wrong-types.toml": b"""format = "one"
meeting = 5
participants = "everyone"
items = [1, 2, 3]
booths = [{ into = 1, from = "en", interpreters = -1 }]
[[sittings]]
date = 14
start = 1400
end = true
segments = "all"
[[sittings]]
date = 2025-03-14T10:00:00+01:00
start = 14:00:00
title = ["a"]
[[sittings.segments]]
title = 3
kind = []
minutes = "ten"
start = { hour = 14 }
item = 1
time_permitting = "yes"
slots = [{ participant = 1, minutes = [1, 2, 3], registered = 2024-07-12T10:30:00Z, role = 7 }, 5]
standing_items = [[]]
""",
    "odd-values.toml": b"""format = 1
[meeting]
title = ""
format = "hybrid"
time_zone = ""
languages = []
intervention_minutes = nan
display_zones = ["", "UTC"]
pivot_language = ""
[[participants]]
id = ""
name = ""
language = ""
[[items]]
number = "I"
title = "x"
parent = "I"
[[sittings]]
date = "2025-02-30"
start = "24:00"
end = "99:99"
[[sittings.segments]]
title = "x"
kind = "panel"
minutes = inf
[[sittings.segments.slots]]
participant = "nobody"
minutes = [5, 3]
registered = "2025-13-01T10:00"
""",
}


def test_check_never_prints_a_traceback_whatever_the_input(capsys, tmp_path):
    paths = []
    for name, data in GARBAGE.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(str(path))
    (tmp_path / "folder.toml").mkdir()
    paths.append(str(tmp_path / "folder.toml"))
    code, out = run(capsys, "check", *paths)
    assert "Traceback" not in out
    assert code == 2  # the worst: some could not be read at all
    assert "binary.toml: cannot read: it is not UTF-8 text" in out
    assert "latin1.toml: cannot read: it is not UTF-8 text" in out
    assert "folder.toml: cannot read: there is no *.toml file in this folder" in out  # a folder is checked file by file
    for name in ("empty", "nul", "not-toml", "wrong-types", "odd-values"):
        assert re.search(rf"{name}\.toml: \d+ error\(s\)", out), name
    assert "wrong-types.toml:7: error: sittings[0].date: must be a date" in out
    assert "odd-values.toml:17: error: items[0].parent: item \"I\" cannot be inside \"I\"" in out


# --------------------------------------------------------------------------- zones and clock changes


def test_a_time_that_does_not_exist_stops_the_printed_programme_and_says_where(capsys):
    path = BROKEN / "clock_change_gap.toml"
    assert cli.main(["programme", str(path)]) == 1
    out = capsys.readouterr()
    assert out.out == ""  # no line such as "20:30–21:30 EDT" for a sitting that cannot happen as written
    assert f"{path}:27: error: sittings[0].segments[1].start: 02:30 does not exist on 30 March 2025" in out.err


def test_new_york_spring_forward_and_a_time_in_the_gap_read_in_the_zone_meant(valid):
    # 9 March 2025: New York goes from 02:00 EST to 03:00 EDT. The zone is misspelt, and the gap is
    # still found, in the zone most likely meant.
    text = edit(valid, 'time_zone = "Europe/Zurich"\ndisplay_zones = ["America/New_York"]', 'time_zone = "America/New York"')
    text = edit(text, "date = 2025-03-14", "date = 2025-03-08")
    text = edit(text, 'start = "14:00"\nend = "15:00"', 'start = "23:00"\nend = "03:30"')
    text = edit(text, 'start = "14:00"\nend = "14:20"', 'start = "02:15"\nend = "02:45"')
    problems = {p.field: p for p in problems_of(text)}
    assert problems["meeting.time_zone"].message == (
        '"America/New York" is not a time zone; did you mean "America/New_York"? '
        "Until it is fixed, the times are checked in America/New_York"
    )
    assert problems["sittings[0].segments[0].start"].message == (
        "02:15 does not exist on 9 March 2025 in America/New_York: the clocks go forward from 02:00 to 03:00; "
        "give a time before 02:00 or from 03:00 on"
    )
    assert problems["sittings[0].segments[0].end"].severity == "error"


def test_a_time_on_the_fall_back_night_names_both_instants(valid):
    text = edit(valid, "date = 2025-03-14", "date = 2025-11-02")
    text = edit(text, 'time_zone = "Europe/Zurich"\ndisplay_zones = ["America/New_York"]', 'time_zone = "America/New_York"')
    text = edit(text, 'start = "14:00"\nend = "15:00"', 'start = "00:30"\nend = "02:30"')
    text = edit(text, 'start = "14:00"\nend = "14:20"', 'start = "00:30"\nend = "01:30"')
    problems = [p for p in problems_of(text) if p.field and p.field.startswith("sittings")]
    line = text.splitlines().index('end = "01:30"') + 1
    assert [(p.severity, p.field, p.line) for p in problems] == [("warning", "sittings[0].segments[0].end", line)]
    assert problems[0].message == (
        "01:30 happens twice on 2 November 2025 in America/New_York, when the clocks go back from 02:00 to 01:00: "
        "at 01:30 EDT (05:30 UTC) and again at 01:30 EST (06:30 UTC); the first is used"
    )


def test_a_zone_nobody_can_place_still_lets_every_other_time_check_run(valid):
    text = edit(valid, 'time_zone = "Europe/Zurich"', 'time_zone = "Mars/Olympus_Mons"')
    text = edit(text, 'start = "14:00"\nend = "14:20"', 'start = "13:50"\nend = "14:20"')  # before the sitting
    problems = problems_of(text)
    assert [p.field for p in problems] == ["meeting.time_zone", "sittings[0].segments[0].start"]
    zone = next(p for p in problems if p.field == "meeting.time_zone")
    assert zone.message == (
        '"Mars/Olympus_Mons" is not a time zone; use an IANA name such as "Europe/Zurich" or "America/New_York". '
        "Until it is fixed, the times are checked as clock times only: whether each one exists, or happens twice, "
        "on a night the clocks change is not checked"
    )
    assert "before its sitting starts at 14:00" in problems[1].message


def test_an_abbreviation_as_the_home_zone_says_why_it_is_not_one(valid):
    problems = problems_of(edit(valid, 'time_zone = "Europe/Zurich"', 'time_zone = "CET"').replace("CET", "CEST", 1))
    [zone] = problems
    assert zone.message.startswith('"CEST" is an abbreviation, not a time zone: it names no place')
    assert zone.message.endswith("Until it is fixed, the times are checked in Europe/Zurich")


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("Europe/Genva", 'did you mean "Europe/Zurich" (Geneva)?'),
        ("Europe/Geneva", 'did you mean "Europe/Zurich" (Geneva)?'),
        ("Europe/Viena", 'did you mean "Europe/Vienna"?'),
        ("europe/zurich", 'did you mean "Europe/Zurich"?'),
        ("America/NewYork", 'did you mean "America/New_York"?'),
        ("Asia/Islamabad", 'did you mean "Asia/Karachi" (Islamabad)?'),
        ("Africa/Nairobbi", 'did you mean "Africa/Nairobi"?'),
        ("Geneva", 'did you mean "Europe/Zurich" (Geneva)?'),
    ],
)
def test_zone_hints_name_the_zone_most_likely_meant(name, hint):
    assert zone_problem(name) == f'"{name}" is not a time zone; {hint}'


def test_a_fixed_offset_display_zone_in_summer_is_a_warning(valid):
    # "EST" is UTC-5 all year; on 14 July New York is on EDT (UTC-4)
    text = edit(valid, 'display_zones = ["America/New_York"]', 'display_zones = ["EST"]')
    text = edit(text, "registration_deadline = 2025-03-10", "registration_deadline = 2025-01-10")
    winter = edit(text, "date = 2025-03-14", "date = 2025-01-14")
    assert problems_of(winter) == []  # New York is on EST then: "EST" is right
    summer = edit(text, "date = 2025-03-14", "date = 2025-07-14")
    [problem] = problems_of(summer)
    assert (problem.severity, problem.field, problem.line) == ("warning", "meeting.display_zones", 12)
    assert problem.message == (
        '"EST" is a fixed offset (EST = UTC-5 all year), but on 14 July 2025 New York is on EDT (UTC-4): '
        'times shown in "EST" are not New York\'s; use "America/New_York"'
    )
