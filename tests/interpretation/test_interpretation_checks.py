"""`meetingdesk check` on interpretation plans: floor languages nobody interprets, booth teams against
AIIC standards, booths into a language the meeting does not use, a pivot without a booth."""

from __future__ import annotations

import pytest

from interpretation_samples import HRC, SIX
from meetingdesk.cli import main
from meetingdesk.interpretation import InterpretationPlan, workload
from meetingdesk.programme.files import check_file, examine


def variant(tmp_path, source, *edits: tuple[str, str]):
    text = source.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / source.name
    path.write_text(text, encoding="utf-8")
    return path


def about(problems, field_start: str):
    return [p for p in problems if p.field and p.field.startswith(field_start)]


def line_of(path, needle: str, after: int = 0) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if i > after and needle in line)


@pytest.mark.parametrize("source", [HRC, SIX])
def test_the_samples_meet_aiic_standards(source):
    problems = check_file(source)
    assert about(problems, "booths") == [] and about(problems, "meeting.pivot") == []
    assert about(problems, "participants") == []


def test_two_three_hour_sittings_are_the_most_a_team_of_two_covers(tmp_path):
    meeting, _ = examine(SIX)
    assert workload(meeting).seconds == 6 * 3600 and workload(meeting).team == 2
    longer = variant(tmp_path, SIX, ('end = "18:00"\n\n[[sittings.segments]]\ntitle = "Dialogue"', 'end = "18:30"\n\n[[sittings.segments]]\ntitle = "Dialogue"'), ('start = "15:00"\nend = "18:00"', 'start = "15:00"\nend = "18:30"'))
    problems = about(check_file(longer), "booths")
    assert len(problems) == 7  # every booth
    first = problems[0]
    assert (first.severity, first.field, first.file) == ("warning", "booths[0].interpreters", str(longer))
    assert first.message == ("the English booth has 2 interpreters; AIIC standards ask for at least 3: "
                             "6 h 30 min of interpretation on 12 June 2025 is more than two 3-hour sessions a day")
    assert first.line == line_of(longer, "[[booths]]")  # no interpreters key: the booth's own table


def test_a_sitting_longer_than_three_hours_or_remote_work_needs_three(tmp_path):
    long_morning = variant(tmp_path, HRC, ('end = "15:00"', 'end = "18:30"'))
    problems = about(check_file(long_morning), "booths")
    assert [p.field for p in problems] == [f"booths[{i}].interpreters" for i in range(4)]
    assert "a sitting of 4 h 30 min is longer than one 3-hour session" in problems[0].message
    assert problems[0].line == line_of(long_morning, "interpreters = 2")

    online = variant(tmp_path, HRC, ('format = "hybrid"', 'format = "online"'))
    problems = about(check_file(online), "booths")
    assert len(problems) == 4
    assert problems[1].message == ("the French booth has 2 interpreters; AIIC standards ask for at least 3: "
                                   "remote interpretation (an online meeting) needs a larger team")

    staffed = variant(tmp_path, HRC, ('format = "hybrid"', 'format = "online"'),
                      *[("interpreters = 2", "interpreters = 3")] * 4)
    assert about(check_file(staffed), "booths") == []


def test_a_hybrid_meeting_with_most_speakers_online_is_remote_work(tmp_path):
    online = variant(tmp_path, SIX, *[(f'delegation = "{d}"\n', f'delegation = "{d}"\nmodality = "online"\n')
                                      for d in ("Jordan", "China", "Russian Federation")])
    problems = about(check_file(online), "booths")
    assert len(problems) == 7
    assert problems[0].message.endswith("remote interpretation (4 of 6 speakers online) needs a larger team")
    half = variant(tmp_path, SIX, *[(f'delegation = "{d}"\n', f'delegation = "{d}"\nmodality = "online"\n')
                                    for d in ("Jordan", "China")])
    assert about(check_file(half), "booths") == []  # 3 of 6 online: not remote-heavy


def test_a_booth_into_a_language_the_meeting_does_not_use(tmp_path):
    extra = variant(tmp_path, HRC, ("# --- Participants", '[[booths]]\ninto = "de"\nfrom = ["en"]\n\n# --- Participants'))
    problems = about(check_file(extra), "booths[4]")
    assert [(p.severity, p.field) for p in problems] == [("warning", "booths[4].into")]
    assert problems[0].message.startswith("the booth into German works into a language that is not among the meeting's languages")
    assert problems[0].line == line_of(extra, 'into = "de"')


def test_a_pivot_without_a_booth_into_it_is_an_error(tmp_path):
    no_pivot_booth = variant(tmp_path, HRC, ('pivot_language = "en"', 'pivot_language = "fr"'))
    problems = about(check_file(no_pivot_booth), "meeting.pivot_language")
    assert problems == []  # a French booth exists
    spanish_pivot = variant(tmp_path, SIX, ('pivot_language = "en"', 'pivot_language = "pt"'))
    problems = about(check_file(spanish_pivot), "meeting.pivot_language")
    assert [(p.severity, p.message) for p in problems] == [(
        "error", "Portuguese is the pivot for relay, but no booth works into Portuguese; "
                 "add a booth into Portuguese or choose another pivot")]
    assert problems[0].line == line_of(spanish_pivot, "pivot_language")


def test_a_floor_language_with_neither_a_booth_nor_relay_is_an_error(tmp_path):
    # the English booth no longer hears Nepali: nobody can pass Charimaya Tamang on
    deaf = variant(tmp_path, HRC, ('from = ["fr", "es", "ne"]', 'from = ["fr", "es"]'))
    problems = about(check_file(deaf), "participants")
    assert [(p.severity, p.field) for p in problems] == [("error", "participants[8].language")]
    assert problems[0].message.startswith(
        "Ms. Charimaya Tamang speaks Nepali, which nobody interprets into English, French or Spanish")
    meeting, _ = examine(deaf)
    assert InterpretationPlan.of(meeting).summary("ne") == "no interpretation into English, French and Spanish"


def test_meetingdesk_check_prints_the_interpretation_problems_with_file_and_line(tmp_path, capsys):
    online = variant(tmp_path, HRC, ('format = "hybrid"', 'format = "online"'))
    main(["check", str(online)])
    out = capsys.readouterr().out
    line = line_of(online, "interpreters = 2")
    assert f"{online}:{line}: warning: booths[0].interpreters: the English booth has 2 interpreters" in out
