"""The sample programmes in resources/programmes load, check clean and print the right times."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest

from meetingdesk.cli import main
from meetingdesk.programme.files import check_file, load_programme
from meetingdesk.programme.languages import route
from meetingdesk.programme.plan import plan_sitting

SAMPLES = Path(__file__).parents[2] / "resources" / "programmes"
NAMES = [
    "hlpf-side-event-2024-07-17.toml",
    "islamabad-wdatip-2024-07-30.toml",
    "hrc-side-event-2025-03-14.toml",
    "constructive-dialogue-2024-07-10.toml",
]
HRC = SAMPLES / "hrc-side-event-2025-03-14.toml"


def test_the_four_samples_are_there():
    assert sorted(p.name for p in SAMPLES.glob("*.toml")) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_sample_is_valid_toml_in_format_1(name):
    data = tomllib.loads((SAMPLES / name).read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert data["meeting"]["title"] and data["sittings"]


@pytest.mark.parametrize("name", NAMES)
def test_sample_loads_and_checks_without_errors(name):
    meeting = load_programme(SAMPLES / name)
    assert meeting.sittings and meeting.participants
    errors = [str(p) for p in check_file(SAMPLES / name) if p.is_error]
    assert errors == []


@pytest.mark.parametrize("name", NAMES)
def test_every_sitting_is_filled_by_its_segments(name):
    meeting = load_programme(SAMPLES / name)
    for sitting in meeting.sittings:
        plan = plan_sitting(sitting)
        assert all(p.start is not None and p.end is not None and p.start <= p.end for p in plan)
        starts_at = dt.datetime.combine(sitting.date, sitting.start).time()
        assert plan[0].start.time() == starts_at
        assert plan[-1].end.time() == sitting.end


def test_hrc_panel_of_six_at_three_to_five_minutes_in_25_minutes_is_tight():
    warnings = [p for p in check_file(HRC) if not p.is_error]
    assert len(warnings) == 1
    [tight] = warnings
    assert "tight" in tight.message and "30 min" in tight.message and "25 min" in tight.message
    assert tight.field.startswith("sittings[0].segments[1]")


def test_hrc_interpretation_takes_nepali_through_english():
    meeting = load_programme(HRC)
    tamang = meeting.participant("tamang")
    assert (tamang.language, tamang.modality) == ("ne", "online")
    assert route("ne", "en", meeting.booths, "en") == "direct"
    assert route("ne", "fr", meeting.booths, "en") == "relay"
    assert route("ne", "es", meeting.booths, "en") == "relay"


def test_hrc_speakers_as_the_seed_names_them():
    meeting = load_programme(HRC)
    people = {p.key: p for p in meeting.participants}
    assert people["waly"].modality == "video"
    assert people["landry"].modality == "online"
    assert people["otiende"].protected is False  # named publicly in the invitation
    panel = meeting.sittings[0].segments[1]
    assert [(s.participant.key, s.min_seconds, s.max_seconds) for s in panel.slots] == [
        (key, 180, 300) for key in ("choluj", "arango", "odugbesan", "beavan", "landry", "tamang")
    ]


def test_hlpf_has_a_protected_survivor_leader_and_two_minute_interventions():
    meeting = load_programme(SAMPLES / "hlpf-side-event-2024-07-17.toml")
    protected = [p for p in meeting.participants if p.protected]
    assert [(p.key, p.group) for p in protected] == [("survivor-leader-a", "survivor_leader")]
    assert meeting.intervention_seconds == 120
    assert meeting.registration_deadline == dt.date(2024, 7, 15)
    interventions = [s for s in meeting.sittings[0].segments if s.kind == "interventions"]
    assert [s.time_permitting for s in interventions] == [True]


def test_islamabad_starts_at_1015_and_records_the_1045_discrepancy():
    meeting = load_programme(SAMPLES / "islamabad-wdatip-2024-07-30.toml")
    assert meeting.sittings[0].start == dt.time(10, 15)
    assert "10:45" in meeting.description
    chief = meeting.participant("naqvi")
    assert (chief.title, chief.level) == ("H.E. Mr.", "minister")


def test_constructive_dialogue_has_items_one_to_five_and_a_tour_de_table():
    meeting = load_programme(SAMPLES / "constructive-dialogue-2024-07-10.toml")
    assert [i.number for i in meeting.items] == ["I", "II", "III", "IV", "V"]
    assert [(s.start, s.end) for s in meeting.sittings] == [
        (dt.time(10, 0), dt.time(13, 0)),
        (dt.time(15, 0), dt.time(18, 0)),
    ]
    [tour] = [seg for s in meeting.sittings for seg in s.segments if seg.kind == "tour_de_table"]
    assert tour.item.number == "IV"
    assert [len(s.questions) for s in tour.standing_items] == [3, 3, 3]
    kinds = [seg.kind for s in meeting.sittings for seg in s.segments]
    # each panel is followed by its Q&A and collection of inputs
    assert [kinds[i + 1] for i, k in enumerate(kinds) if k == "panel"] == ["qa", "qa"]


def test_programme_command_prints_cet_and_edt_never_est(capsys):
    assert main(["programme", str(HRC)]) == 0
    out = capsys.readouterr().out
    assert "Friday, 14 March 2025, 14:00–15:00 CET (Geneva) / 09:00–10:00 EDT (New York)" in out
    assert "14:20–14:45 CET / 09:20–09:45 EDT  Actions taken and remaining challenges" in out
    assert not re.search(r"\bEST\b", out)


def test_programme_command_gives_the_hlpf_geneva_time_as_1915(capsys):
    assert main(["programme", str(SAMPLES / "hlpf-side-event-2024-07-17.toml")]) == 0
    out = capsys.readouterr().out
    assert "Wednesday, 17 July 2024, 13:15–14:30 EDT (New York) / 19:15–20:30 CEST (Geneva)" in out
    assert "19:16" not in out
    assert "Survivor leader A" not in out  # protected: never on a printed programme
