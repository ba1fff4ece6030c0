"""Inscriptions and participants from the spreadsheets a secretariat keeps (CSV or XLSX)."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import openpyxl
import pytest

from meetingdesk.programme.editing import Draft, EditRefused, Held
from meetingdesk.programme.inscriptions import (
    INSCRIPTIONS,
    PARTICIPANTS,
    SheetError,
    add_inscriptions,
    add_participants,
    is_late,
    read_sheet,
)
from meetingdesk.programme.problems import UnreadableFile
from meetingdesk.store.programmes import samples_folder

FIXTURES = Path(__file__).parent / "fixtures"
HLPF_INSCRIPTIONS = FIXTURES / "hlpf-inscriptions.csv"


@pytest.fixture
def hlpf():
    """The HLPF side event of 17 July 2024: 2-minute interventions, to register by 15 July."""
    text = (samples_folder() / "hlpf-side-event-2024-07-17.toml").read_text(encoding="utf-8")
    return Draft.from_data(tomllib.loads(text))


def _interventions(draft):
    return next(g for g in draft.meeting.sittings[0].segments if g.kind == "interventions")


def test_inscriptions_kept_as_a_secretariat_keeps_them_become_the_list_in_registration_order(hlpf):
    """A title row, ";" between cells, headers in the secretariat's own words and order."""
    sheet = read_sheet(HLPF_INSCRIPTIONS, INSCRIPTIONS)
    segment = _interventions(hlpf)
    report = add_inscriptions(hlpf, segment, sheet)

    people = [(s.participant.display_name, s.participant.delegation, s.registered_at) for s in segment.slots]
    assert people == [
        ("H.E. Mr. Antonio Lagdameo", "Philippines", dt.datetime(2024, 7, 12, 10, 30)),
        ("Ms. Jacqueline Mutere", "Equality Now", dt.datetime(2024, 7, 14, 16, 5)),
        ("Ms. Ana Pérez", "Dominican Republic", dt.datetime(2024, 7, 15, 23, 40)),  # the deadline is the whole day
        ("Mr. Valentin Rybakov", "Belarus", dt.datetime(2024, 7, 16, 8, 15)),
    ]
    lagdameo = segment.slots[0].participant
    assert (lagdameo.title, lagdameo.name, lagdameo.group, lagdameo.level) == ("H.E. Mr.", "Antonio Lagdameo", "member_state", "ambassador")
    assert segment.slots[1].participant.modality == "online" and segment.slots[1].participant.group == "civil_society"
    assert [s.participant.language for s in segment.slots] == ["en", "en", "es", "ru"]
    assert {s.role for s in segment.slots} == {"delegate"}

    late = [s for s in segment.slots if is_late(s, hlpf.meeting)]
    assert [s.participant.name for s in late] == ["Valentin Rybakov"]
    assert late[0].note == "registered late (after the deadline of 15 July 2024)"
    assert report.late == ["Mr. Valentin Rybakov"]
    assert report.summary("inscriptions").splitlines()[:2] == [
        "4 inscriptions imported.",
        "1 registered after the deadline, flagged late: Mr. Valentin Rybakov.",
    ]
    # the checks see the new speakers at once: nobody interprets Spanish or Russian at this meeting
    assert {p.field for p in hlpf.validation.errors} == {"participants[10].language", "participants[11].language"}
    assert hlpf.undo_label == "Import 4 inscriptions into “Interventions from Member States and other stakeholders”"
    hlpf.undo()
    assert segment.slots == [] and len(hlpf.meeting.participants) == 8


def test_inscriptions_from_an_excel_workbook_with_date_cells(hlpf, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Country", "Stakeholder group", "Registered", "Modality"])
    sheet.append(["Maria Santos", "Philippines", "Member State", dt.datetime(2024, 7, 12, 10, 30), "in-person"])
    sheet.append(["Jane Roe", "Equality Now", "CSO", "16 July 2024, 9:00 am", "online"])
    sheet.append([None, None, None, None, None])  # an empty row is skipped
    path = tmp_path / "inscriptions.xlsx"
    book.save(path)

    segment = _interventions(hlpf)
    report = add_inscriptions(hlpf, segment, read_sheet(path, INSCRIPTIONS))
    assert [(s.participant.name, s.registered_at) for s in segment.slots] == [
        ("Maria Santos", dt.datetime(2024, 7, 12, 10, 30)),
        ("Jane Roe", dt.datetime(2024, 7, 16, 9, 0)),
    ]
    assert report.late == ["Jane Roe"]


def test_a_bad_value_names_file_row_and_column_and_nothing_is_added(hlpf, tmp_path):
    path = tmp_path / "inscriptions.csv"
    path.write_text(
        "Name,Delegation,Registered,Modality,Language\n"
        "Maria Santos,Philippines,31/02/2024 10:30,in person,English\n"
        ",Kenya,12/07/2024 11:00,in person,English\n"
        "Jane Roe,Equality Now,12/07/2024 12:00,by pigeon,Martian\n",
        encoding="utf-8",
    )
    with pytest.raises(SheetError) as error:
        read_sheet(path, INSCRIPTIONS)
    assert error.value.problems == [
        'inscriptions.csv, row 2, column C "Registered": "31/02/2024" is not a date in the calendar',
        'inscriptions.csv, row 3, column A "Name": is empty; every row needs a name',
        'inscriptions.csv, row 4, column D "Modality": "by pigeon" is not a modality; use one of: In person, Online, Video message',
        'inscriptions.csv, row 4, column E "Language": "Martian" is not a language code; '
        'use a BCP 47 code such as "en", "fr", "ne" or "es"',
    ]
    assert _interventions(hlpf).slots == []


def test_a_list_without_the_columns_needed_says_what_it_has(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Country,Comments\nKenya,first\n", encoding="utf-8")
    with pytest.raises(SheetError, match=r'list.csv: no column for "Name", "Time of registration" was found; its first row has: Country, Comments'):
        read_sheet(path, INSCRIPTIONS)


def test_dates_month_first_are_recognised_from_the_file_itself(tmp_path):
    path = tmp_path / "us.csv"
    path.write_text("Name,Date of registration\nA,07/12/2024 10:30\nB,07/14/2024 09:00\n", encoding="utf-8")
    rows = read_sheet(path, INSCRIPTIONS).rows
    assert [r.values["registered"] for r in rows] == [dt.datetime(2024, 7, 12, 10, 30), dt.datetime(2024, 7, 14, 9, 0)]


def test_ambiguous_dates_are_read_day_first_and_the_report_says_so(hlpf, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Name,Registered\nA,05/07/2024 10:30\n", encoding="utf-8")
    report = add_inscriptions(hlpf, _interventions(hlpf), read_sheet(path, INSCRIPTIONS))
    assert _interventions(hlpf).slots[0].registered_at == dt.datetime(2024, 7, 5, 10, 30)
    assert "Dates such as 05/07/2024 were read day first (5 July 2024)." in report.summary("inscriptions")


def test_participants_from_a_list_and_those_already_listed_left_alone(hlpf, tmp_path):
    path = tmp_path / "participants.csv"
    path.write_text(
        "Salutation,Full name,Job title,Organisation,Group,Gender,Floor language\n"
        "Ms.,Ghada Waly,Executive Director,UNODC,UN,F,English\n"
        "Dr.,Najat Maalla M'jid,SRSG on Violence against Children,OSRSG-VAC,UN entity,female,fr\n"
        ",Representative of Equality Now,,Equality Now,NGO,,\n",
        encoding="utf-8",
    )
    report = add_participants(hlpf, read_sheet(path, PARTICIPANTS))
    assert report.added == 2 and report.existing == ["Representative of Equality Now"]
    waly = hlpf.meeting.participants[-2]
    assert (waly.key, waly.title, waly.position_title, waly.delegation, waly.group, waly.gender, waly.language) == (
        "ghada-waly", "Ms.", "Executive Director", "UNODC", "un_entity", "female", "en",
    )  # fmt: skip


def test_inscriptions_into_a_held_sitting_are_refused_and_nothing_is_added(hlpf):
    hlpf.meeting.sittings[0].id = 3
    hlpf.held = Held({3: True}, frozenset())
    with pytest.raises(EditRefused, match="is running now"):
        add_inscriptions(hlpf, _interventions(hlpf), read_sheet(HLPF_INSCRIPTIONS, INSCRIPTIONS))
    assert _interventions(hlpf).slots == [] and len(hlpf.meeting.participants) == 8


def test_files_that_cannot_be_read_say_why(tmp_path):
    old = tmp_path / "list.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UnreadableFile, match=r"old Excel file \(.xls\); save it as an Excel workbook \(.xlsx\) or as CSV"):
        read_sheet(old, INSCRIPTIONS)
    broken = tmp_path / "list.xlsx"
    broken.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="cannot be read as an Excel workbook"):
        read_sheet(broken, INSCRIPTIONS)
    with pytest.raises(UnreadableFile, match="there is no such file"):
        read_sheet(tmp_path / "missing.csv", INSCRIPTIONS)
