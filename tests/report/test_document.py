"""The summary a secretariat circulates: what it says (key issues, corrected figures, the zones), how it is
laid out in the office suite, its file properties, the data behind its charts, and the calendar's zone."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import zipfile
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from icalendar import Calendar

from meetingdesk.live import FakeClock
from meetingdesk.report import charts, fonts
from meetingdesk.report import summary as s
from meetingdesk.report.corrections import correct
from meetingdesk.report.export import export
from meetingdesk.report.ical import vtimezone
from meetingdesk.report.record import build_record
from readback import pdf_text

MADE = dt.datetime(2025, 3, 15, 9, 30, tzinfo=dt.timezone.utc)


def test_key_issues_come_from_the_key_messages_and_segments_never_the_description(store, hrc):
    record = build_record(store, hrc[0])
    assert s.key_issues(record) == [
        "Setting the scene: Survivors must be heard in the design of every response.",
        "Actions taken and remaining challenges: Technology-facilitated trafficking needs cooperation with platforms.",
        "Closing remarks: Child trafficking is rising and prevention must start in schools.",
    ]
    text = " ".join(b.text if hasattr(b, "text") else " ".join(getattr(b, "items", [])) for b in s.blocks(record, pictures=False))
    assert "The event will last for one hour" not in text and "Hard talk setting ..." not in text


def _correct_chile(store, hrc):
    meeting_id, sitting_id = hrc
    clock = FakeClock(MADE)
    chile = build_record(store, meeting_id).interventions[9]
    correct(store, sitting_id, chile.entry_id, "end", "14:47:30", who="Secretariat", why="floor given late", clock=clock)
    correct(store, sitting_id, chile.entry_id, "start", "14:45:50", who="Secretariat", why="started late", clock=clock)
    return build_record(store, meeting_id, now=MADE)


def test_every_figure_comes_from_the_corrected_record(store, hrc, tmp_path):
    record = _correct_chile(store, hrc)
    chile = record.interventions[9]
    assert (chile.start.time(), chile.end.time(), chile.seconds) == (dt.time(14, 45, 50), dt.time(14, 47, 30), 100)
    st = record.statistics
    for breakdown in (st.by_group, st.by_gender, st.by_modality, st.by_language, st.panel_vs_floor):
        assert sum(x.seconds for x in breakdown) == pytest.approx(st.total_seconds)
        assert sum(x.share for x in breakdown) == pytest.approx(1.0)
    assert {x.label: x.seconds for x in st.by_language} == {"English": 3150 - 140 + 100, "Nepali": 300}
    (path,) = export(record, "json", tmp_path / "r.json")
    spans = json.loads(path.read_text(encoding="utf-8"))["interventions"][9]["spans"]
    assert spans == [["2025-03-14T14:45:50+01:00", "2025-03-14T14:47:30+01:00"]]
    # the mark's explanation heads the table it explains, on its page: never a line alone at the end
    blocks = list(s.blocks(record, pictures=False))
    note = next(n for n, b in enumerate(blocks) if isinstance(b, s.Para) and b.text.startswith("* corrected"))
    assert blocks[note].keep and isinstance(blocks[note + 1], s.Table) and blocks[note + 1].headers[0] == "#"
    assert blocks[note + 1].rows[9][1] == "Delegation of Chile *"


def test_word_file_properties_name_the_office_and_the_day(store, hrc, tmp_path):
    record = build_record(store, hrc[0], now=MADE)
    (path,) = export(record, "docx", tmp_path / "s.docx")
    props = Document(str(path)).core_properties
    assert props.title == record.title
    assert props.subject == "Summary: Margins of the 58th session of the Human Rights Council"
    assert props.author == ("Office of the Special Representative of the Secretary-General on Violence against "
                            "Children; United Nations Office on Drugs and Crime")
    assert props.created == props.modified == MADE
    assert "python-docx" not in (props.comments + props.last_modified_by)
    with zipfile.ZipFile(path) as z:
        assert not [n for n in z.namelist() if "thumbnail" in n]  # no blank page as the file's picture
        assert "thumbnail" not in z.read("_rels/.rels").decode()
        assert "<Application>MeetingDesk" in z.read("docProps/app.xml").decode()
    (pdf,) = export(record, "pdf", tmp_path / "s.pdf")
    from pypdf import PdfReader

    meta = PdfReader(str(pdf)).metadata
    assert meta.author == props.author and meta.title == record.title


def test_tables_fit_their_content_and_wide_ones_go_landscape(store, hrc, tmp_path):
    record = build_record(store, hrc[0])
    (path,) = export(record, "docx", tmp_path / "s.docx")
    doc = Document(str(path))
    portrait, annex, landscape = doc.sections
    assert landscape.page_width > landscape.page_height and portrait.page_width < portrait.page_height
    interventions = doc.tables[-1]
    assert interventions.rows[0].cells[4].text == "Modality"
    for table in doc.tables:  # every column at least as wide as its longest word, in the body font
        size = 8 if len(table.columns) > 5 else 9
        for column in zip(*[[c for c in row.cells] for row in table.rows], strict=True):
            width = column[0].width.pt
            longest = max(fonts.width(w, size, bold=True) for c in column for w in c.text.split() or [""])
            assert width >= longest + 10.8, (column[0].text, width, longest)
    styles = {p.style.name: p.style for p in doc.paragraphs}
    assert styles["Heading 1"].paragraph_format.keep_with_next and styles["Heading 2"].paragraph_format.keep_with_next
    pictures = [p for p in doc.paragraphs if p._p.xpath(".//w:drawing")]
    assert pictures and all(p.paragraph_format.keep_with_next for p in pictures)  # with its caption


def test_column_widths_share_the_room_by_content():
    widths = s.fit_columns(["#", "Speaker", "Modality"], [["1", "Dr. Najat Maalla M'jid", "In person"]], 300, 8, 10)
    assert sum(widths) == pytest.approx(300)
    assert widths[1] > widths[2] > widths[0]
    narrow = s.fit_columns(["Modality"], [["In person"]], 20, 8, 10)  # words cannot fit: shrink alike
    assert narrow == [pytest.approx(20)]


def _office():
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not _office() and not os.environ.get("CI"), reason="LibreOffice is not installed (CI installs it)")
def test_no_header_breaks_mid_word_in_the_office_suite(store, hrc, tmp_path):
    record = build_record(store, hrc[0])
    (path,) = export(record, "docx", tmp_path / "s.docx")
    result = subprocess.run([_office() or "soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                             "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                            capture_output=True, text=True, timeout=180)
    lines = pdf_text(tmp_path / "s.pdf").splitlines()
    assert lines, result.stderr
    words = {w for line in lines for w in line.split()}
    for header in ("Moderator", "Modality", "Allotted", "Language", "Interventions", "Over/under", "Delegation"):
        assert header in words, header
    for broken in ("Moderato", "Modalit", "Allotte", "Langua"):
        assert broken not in words


def test_first_page_gives_the_times_in_every_display_zone(store, hrc, tmp_path):
    record = build_record(store, hrc[0])
    (facts,) = [b for b in s.blocks(record, pictures=False) if isinstance(b, s.Facts)]
    assert facts.rows[0] == ("Date and time", "Friday, 14 March 2025, 14:00–15:00 CET (Geneva) / 09:00–10:00 EDT (New York)")
    assert facts.rows[0][1] in " ".join(pdf_text(export(record, "pdf", tmp_path / "s.pdf")[0]).split())


# --------------------------------------------------------------------------- the data behind the charts


def test_timeline_rows_are_the_plan_and_what_happened(store, hrc):
    record = build_record(store, hrc[0])
    rows = charts.timeline_rows(record, record.sittings[0])
    assert [r.label for r in rows if r.segment] == [seg.title for seg in record.segments]
    assert len(rows) == len(record.segments) + len(record.interventions)
    local = ZoneInfo("Europe/Zurich")

    def at(hh, mm, ss=0):
        return dt.datetime(2025, 3, 14, hh, mm, ss, tzinfo=local)

    panel = rows[1 + 3]  # the panel's row, after the opening and its three speakers
    assert panel.label == "Actions taken and remaining challenges"
    assert panel.planned == (at(14, 20), at(14, 45))
    assert panel.spans == [(at(14, 19), at(14, 45, 20))]
    assert panel.over == [(at(14, 44), at(14, 45, 20))]  # red from 25 minutes after it began
    landry = next(r for r in rows if r.label == "Mr. Guillaume Landry")  # dropped, called back
    assert landry.spans == [(at(14, 35, 30), at(14, 35, 50)), (at(14, 41, 20), at(14, 45, 20))]
    assert landry.over == []  # 4:20 of a 5:00 allotment
    holy_see = next(r for r in rows if r.label == "Delegation of the Holy See")
    assert holy_see.planned == (at(14, 48), at(14, 50)) and holy_see.over == [(at(14, 50), at(14, 54, 30))]
    survivor = rows[3]
    assert (survivor.label, survivor.over) == ("Survivor leader", [(at(14, 18, 10), at(14, 18, 40))])


def test_a_long_sitting_on_paper_has_a_row_per_segment_with_its_speakers_turns(store, hrc):
    record = build_record(store, hrc[0])
    sitting = record.sittings[0]
    assert charts.speaker_rows_fit(record, sitting)  # 16 rows: a row per speaker in the summary
    assert not charts.speaker_rows_fit(record, sitting, rows_per_page=10)
    rows = charts.timeline_rows(record, sitting, speakers=False)
    assert [r.label for r in rows] == ["Setting the scene (3 speakers)", "Actions taken and remaining challenges (6 speakers)",
                                       "Q&A – other States invited to intervene (2 speakers)", "Closing remarks (1 speaker)"]
    qa = rows[2]
    local = ZoneInfo("Europe/Zurich")
    assert [(a.time(), b.time()) for a, b in qa.spans] == [(dt.time(14, 45, 40), dt.time(14, 48)),
                                                          (dt.time(14, 48), dt.time(14, 54, 30))]
    assert qa.over == [(dt.datetime(2025, 3, 14, 14, 47, 40, tzinfo=local), dt.datetime(2025, 3, 14, 14, 48, tzinfo=local)),
                       (dt.datetime(2025, 3, 14, 14, 50, tzinfo=local), dt.datetime(2025, 3, 14, 14, 54, 30, tzinfo=local))]
    assert len(charts.timeline_pages(record, sitting, dpi=30, rows_per_page=10)) == 1  # four rows fit one picture


def test_statistics_charts_draw_the_breakdowns(store, hrc):
    record = build_record(store, hrc[0])
    panels = charts.breakdown_panels(record)
    assert [p.title for p in panels] == [
        "Speaking time by stakeholder group", "By gender (where recorded)", "By modality", "By floor language",
        "Panel vs floor (interventions, Q&A, tour de table)", "Number of interventions by group"]
    language = panels[3]
    assert (language.labels, language.values) == (["English", "Nepali"], [52.5, 5.0])
    assert language.notes == ["52.5 min · 11 · 91%", "5.0 min · 1 · 9%"]
    assert dict(zip(panels[5].labels, panels[5].values, strict=True))["Member state"] == 4
    fig = charts.breakdowns_figure(record)
    for ax, panel in zip(fig.axes, panels, strict=True):  # what is drawn is that data, first label on top
        assert ax.get_title(loc="left") == panel.title
        assert [t.get_text() for t in ax.get_yticklabels()][::-1] == panel.labels
        assert [b.get_width() for b in ax.patches][::-1] == pytest.approx(panel.values)


def test_segment_chart_draws_planned_against_actual(store, hrc):
    record = build_record(store, hrc[0])
    bars = charts.segment_bars(record)
    assert bars.planned == [20, 25, 10, 5]
    assert bars.actual == pytest.approx([16 + 40 / 60, 26 + 20 / 60, 8 + 50 / 60, 6 + 10 / 60])
    assert bars.over == [False, True, False, True]
    (ax,) = charts.segments_figure(record).axes
    drawn = [p.get_height() for p in ax.patches]
    assert drawn == pytest.approx(bars.planned + bars.actual)
    red = [p.get_facecolor() for p in ax.patches[len(bars.planned):]]
    assert [c == pytest.approx((0xc8 / 255, 0x37 / 255, 0x2d / 255, 1)) for c in red] == bars.over


# --------------------------------------------------------------------------- the calendar's zone


def _rfc5545_offset(vtimezone_text: str, instant: dt.datetime) -> tuple[dt.timedelta, str]:
    """The offset and name a strict reader takes from a VTIMEZONE (RFC 5545, 3.6.5): the observance
    in force is the last to begin at or before the instant, and an observance begins at its DTSTART,
    a local time in the offset it changes *from*. (icalendar's own reader looks the TZID up in the
    zone database instead, so it cannot tell.)"""
    (tz,) = Calendar.from_ical("BEGIN:VCALENDAR\r\n" + vtimezone_text + "END:VCALENDAR\r\n").walk("VTIMEZONE")
    onsets = []
    for part in tz.subcomponents:
        start = part.decoded("dtstart").replace(tzinfo=dt.timezone.utc) - part.decoded("tzoffsetfrom")
        onsets.append((start, part.decoded("tzoffsetto"), str(part["tzname"])))
    current = max((o for o in onsets if o[0] <= instant), key=lambda o: o[0])
    return current[1], current[2]


@pytest.mark.parametrize("zone", ["Europe/Zurich", "America/New_York", "Asia/Kathmandu", "Australia/Sydney"])
def test_vtimezone_agrees_with_zoneinfo_on_both_sides_of_every_change(zone):
    text = vtimezone(zone, range(2024, 2027)).to_ical().decode()
    info = ZoneInfo(zone)
    t = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    changes = []
    while t.year == 2025:  # every change of 2025, found hour by hour
        if (t + dt.timedelta(hours=1)).astimezone(info).utcoffset() != t.astimezone(info).utcoffset():
            changes.append(t + dt.timedelta(hours=1))
        t += dt.timedelta(hours=1)
    assert len(changes) == (0 if zone == "Asia/Kathmandu" else 2)
    for moment in changes + [dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)]:
        for side in (dt.timedelta(minutes=-1), dt.timedelta(0), dt.timedelta(minutes=59)):
            instant = moment + side
            local = instant.astimezone(info)
            assert _rfc5545_offset(text, instant) == (local.utcoffset(), local.tzname()), (zone, instant)


def test_daylight_saving_starts_at_the_local_time_before_the_change():
    text = vtimezone("Europe/Zurich", range(2025, 2026)).to_ical().decode()
    daylight = re.search(r"BEGIN:DAYLIGHT.*?END:DAYLIGHT", text, re.S).group(0)
    assert "DTSTART:20250330T020000" in daylight and "TZOFFSETFROM:+0100" in daylight
    standard = re.findall(r"BEGIN:STANDARD.*?END:STANDARD", text, re.S)[-1]
    assert "DTSTART:20251026T030000" in standard and "TZOFFSETFROM:+0200" in standard

