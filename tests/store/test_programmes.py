"""Programmes in the database: all-or-nothing import, whole loads, lossless export, samples, the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import event, inspect, text
from sqlalchemy.exc import IntegrityError

from meetingdesk import cli
from meetingdesk.programme.files import check_file, load_programme
from meetingdesk.programme.model import Base, Participant, SpeakerSlot
from meetingdesk.programme.plan import plan_sitting
from meetingdesk.programme.problems import ProgrammeError
from meetingdesk.store import open_store
from meetingdesk.store.programmes import (
    MeetingNotFound,
    ensure_samples,
    export_file,
    find_meeting_by_title,
    import_file,
    import_meeting,
    list_meetings,
    load_meeting,
    samples_folder,
)

BROKEN = Path(__file__).parents[1] / "programme" / "broken"
SAMPLES = sorted(samples_folder().glob("*.toml"))


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'desk.sqlite'}"


@pytest.fixture
def store(url):
    return open_store(url)


def everything(store) -> dict[str, list[tuple]]:
    """Every row of every programme table: the whole database, to compare before and after."""
    with store.engine.connect() as conn:
        return {
            table.name: sorted(map(tuple, conn.execute(table.select()).all()), key=repr)
            for table in Base.metadata.sorted_tables
        }


def test_import_then_load_gives_the_files_meeting(store, programme_file, snapshot):
    meeting_id, warnings = import_file(store, programme_file)
    assert warnings == []
    loaded = load_meeting(store, meeting_id)
    assert loaded.id == meeting_id
    assert snapshot(loaded) == snapshot(load_programme(programme_file))


def test_a_loaded_meeting_is_whole_after_its_session_closes(store, programme_file):
    meeting = load_meeting(store, import_file(store, programme_file)[0])
    assert inspect(meeting).detached
    plan = plan_sitting(meeting.sittings[0])  # reads sitting.meeting.time_zone
    assert [p.start.strftime("%H:%M") for p in plan] == ["14:00", "14:20", "14:40"]
    segment = meeting.sittings[0].segments[1]
    assert segment.sitting.meeting is meeting
    assert segment.item.parent.number == "I"
    assert meeting.item("I").children[0].number == "I.1"
    assert [s.participant.name for s in meeting.sittings[0].segments[0].slots] == ["Najat Maalla M'jid", "Sita Thapa"]
    assert segment.slots[0].segment is segment
    assert meeting.sittings[0].segments[2].standing_items[0].segment.title == "Tour de table"
    assert meeting.booths[0].meeting is meeting and meeting.participants[0].meeting is meeting


def test_file_to_database_to_file_loses_nothing(store, programme_file, tmp_path, snapshot):
    meeting_id, _ = import_file(store, programme_file)
    out = tmp_path / "exported.toml"
    export_file(store, meeting_id, out)
    assert check_file(out) == []
    assert snapshot(load_programme(out)) == snapshot(load_programme(programme_file))
    # and again: the exported file imports to the same meeting
    again = load_meeting(store, import_file(store, out)[0])
    assert snapshot(again) == snapshot(load_meeting(store, meeting_id))


def test_a_file_with_errors_is_refused_and_nothing_is_written(store, programme_file):
    import_file(store, programme_file)
    before = everything(store)
    with pytest.raises(ProgrammeError) as raised:
        import_file(store, BROKEN / "many.toml")
    assert len(raised.value.problems) == 14
    assert everything(store) == before


def test_warnings_do_not_stop_an_import_and_are_returned(store):
    meeting_id, warnings = import_file(store, BROKEN / "allotments_tight.toml")
    assert meeting_id and [w.severity for w in warnings] == ["warning"]


def test_a_failure_in_the_middle_of_the_write_leaves_the_database_as_it_was(store, programme_file):
    import_file(store, programme_file)
    before = everything(store)
    inserted = []
    segments_seen = []

    def fail_on_the_second_slot(mapper, connection, target):
        inserted.append(target)
        segments_seen.append(connection.execute(text("SELECT COUNT(*) FROM segment")).scalar())
        if len(inserted) == 2:
            raise OSError("disk full")

    event.listen(SpeakerSlot, "before_insert", fail_on_the_second_slot)
    try:
        with pytest.raises(OSError, match="disk full"):
            import_file(store, programme_file)
    finally:
        event.remove(SpeakerSlot, "before_insert", fail_on_the_second_slot)
    assert len(inserted) == 2
    assert segments_seen[-1] == 2 * len(before["segment"])  # the new segments were already written...
    assert everything(store) == before  # ...and are gone again
    assert len(list_meetings(store)) == 1


def test_a_constraint_violation_rolls_the_whole_meeting_back(store, programme_file):
    before = everything(store)
    meeting = load_programme(programme_file)
    meeting.participants.append(Participant(key="maalla", name="Someone else", modality="in_person", protected=False, assumed=[]))
    with pytest.raises(IntegrityError):
        import_meeting(store, meeting)
    assert everything(store) == before


def test_list_and_find_meetings(store, programme_file, write_programme, valid_programme):
    assert list_meetings(store) == []
    later = write_programme(
        valid_programme.replace("Trafficking in children on the rise: immediate action required", "Later meeting")
        .replace("date = 2025-03-14", "date = 2025-06-01")
        .replace("registration_deadline = 2025-03-10", "registration_deadline = 2025-05-30"),
        "later.toml",
    )
    later_id, _ = import_file(store, later)
    first_id, _ = import_file(store, programme_file)
    rows = list_meetings(store)
    assert [(r.id, r.title[:13], str(r.first_date)) for r in rows] == [
        (first_id, "Trafficking i", "2025-03-14"),
        (later_id, "Later meeting", "2025-06-01"),
    ]
    assert find_meeting_by_title(store, "Later meeting") == later_id
    assert find_meeting_by_title(store, "No such meeting") is None


def test_a_missing_meeting_is_a_clear_lookup_error(store, tmp_path):
    with pytest.raises(LookupError, match="there is no meeting 42 in the database") as raised:
        load_meeting(store, 42)
    assert isinstance(raised.value, MeetingNotFound)
    with pytest.raises(MeetingNotFound):
        export_file(store, 42, tmp_path / "out.toml")
    assert not (tmp_path / "out.toml").exists()


def test_samples_are_imported_into_an_empty_database_only(store, tmp_path, programme_file):
    folder = tmp_path / "samples"
    folder.mkdir()
    shutil.copy(programme_file, folder / "a.toml")
    shutil.copy(BROKEN / "allotments_tight.toml", folder / "b.toml")
    shutil.copy(BROKEN / "many.toml", folder / "c-broken.toml")  # skipped, not fatal
    ids = ensure_samples(store, folder)
    assert len(ids) == 2
    assert [r.id for r in list_meetings(store)] == ids
    assert ensure_samples(store, folder) == []  # the database has meetings now


# --------------------------------------------------------------------------- the shipped samples


def test_there_are_sample_programmes():
    assert len(SAMPLES) >= 4


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_each_sample_checks_without_errors(path):
    problems = check_file(path)
    assert [str(p) for p in problems if p.is_error] == []


def test_the_samples_go_into_a_fresh_database_and_come_back_out_unchanged(store, tmp_path, snapshot):
    ids = ensure_samples(store)
    assert len(ids) == len(SAMPLES)
    for meeting_id, path in zip(ids, SAMPLES, strict=True):
        out = tmp_path / path.name
        export_file(store, meeting_id, out)
        assert snapshot(load_programme(out)) == snapshot(load_programme(path)), path.name
        assert snapshot(load_meeting(store, meeting_id)) == snapshot(load_programme(path)), path.name


# --------------------------------------------------------------------------- the command


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_meetings_export_from_the_command_line(capsys, url, programme_file, tmp_path, snapshot):
    code, out, _ = run(capsys, "--db", url, "import", str(programme_file))
    assert code == 0 and out == f"imported {programme_file} as meeting 1\n"
    code, out, _ = run(capsys, "--db", url, "meetings")
    assert code == 0
    assert out == "   1  2025-03-14  Trafficking in children on the rise: immediate action required\n"
    exported = tmp_path / "exported.toml"
    code, out, _ = run(capsys, "--db", url, "export", "1", "-o", str(exported))
    assert code == 0 and out == f"wrote {exported}\n"
    assert snapshot(load_programme(exported)) == snapshot(load_programme(programme_file))


def test_import_of_a_broken_file_lists_its_problems_and_writes_nothing(capsys, url):
    path = BROKEN / "many.toml"
    code, out, err = run(capsys, "--db", url, "import", str(path))
    assert code == 1
    assert err.count(f"{path}:") == 14 and "Traceback" not in err
    code, out, _ = run(capsys, "--db", url, "meetings")
    assert out == "no meetings in the database\n"


def test_import_prints_warnings(capsys, url):
    code, out, _ = run(capsys, "--db", url, "import", str(BROKEN / "allotments_tight.toml"))
    assert code == 0 and "warning: sittings[0].segments[1].slots: tight:" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "42", "-o", "{tmp}/out.toml"], "error: there is no meeting 42 in the database"),
        (["import", "{tmp}/missing.toml"], "missing.toml: cannot read: there is no such file"),
        (["import", "{tmp}"], "cannot read: it is a folder"),
    ],
    ids=["export-missing-meeting", "import-missing-file", "import-folder"],
)
def test_bad_input_to_the_command_is_a_message_with_exit_2(capsys, url, tmp_path, argv, message):
    code, out, err = run(capsys, "--db", url, *[a.format(tmp=tmp_path) for a in argv])
    assert code == 2
    assert message in err and "Traceback" not in out + err


def test_export_into_a_missing_folder_is_a_message(capsys, url, programme_file, tmp_path):
    run(capsys, "--db", url, "import", str(programme_file))
    code, _, err = run(capsys, "--db", url, "export", "1", "-o", str(tmp_path / "no" / "such" / "out.toml"))
    assert code == 2 and err.startswith("error: ") and "Traceback" not in err

