"""A sitting where two protected survivor leaders speak and everyone writes their names as people do.

The HRC side event of 14 March 2025 with two changes: the survivor who speaks in the opening is
"Grace María Otiende", protected, and Charimaya Tamang is a protected survivor leader too. The
rapporteur, the moderator and the secretariat then name them in every free-text field the record
has: first names alone, surnames alone, accented and unaccented ("María", "Maria"), in capitals and
in lower case, with possessives ("Grace's", "Tamang’s") and inside other punctuation.

``every_byte(paths)`` reads what the exports wrote the way a curious reader would, with tools that
are not the product's: every part of the Word package unzipped, every PDF stream decompressed plus
the PDF's text as pypdf extracts it (an embedded font writes glyph numbers, not letters), JSON
strings decoded, calendar lines unfolded.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import unicodedata
import zipfile
import zlib
from pathlib import Path

from pypdf import PdfReader

from meetingdesk.live import FakeClock
from meetingdesk.report.corrections import correct
from meetingdesk.store.programmes import import_file, load_meeting
from report_samples import HRC_FILE, Run

UTC = dt.timezone.utc

# every part of the two protected names, as a reader would search for them (accents and case ignored)
FORMS = re.compile(r"(?<![a-z])(grace|maria|otiende|charimaya|tamang)(?![a-z])")
OTIENDE = re.compile(r"(?<![a-z])(grace|maria|otiende)(?![a-z])")
TAMANG = re.compile(r"(?<![a-z])(charimaya|tamang)(?![a-z])")


def programme(tmp_path: Path) -> Path:
    text = HRC_FILE.read_text(encoding="utf-8")
    text = text.replace('name = "Sophie Otiende"', 'name = "Grace María Otiende"')
    text = text.replace('gender = "female"\nprotected = false', 'gender = "female"\nprotected = true')
    text = text.replace('affiliation = "Shakti Samuha (CSO from Nepal)"\ngroup = "civil_society"',
                        'affiliation = "Shakti Samuha (CSO from Nepal)"\ngroup = "survivor_leader"\nprotected = true')
    # descriptions name them too, and the Q&A collects inputs on a standing item (a tour-de-table grid)
    text = text.replace('kind = "opening"\nstart = "14:00"\nend = "14:20"',
                        'kind = "opening"\nstart = "14:00"\nend = "14:20"\n'
                        'description = "Welcome; the testimony of Maria Otiende (Grace’s story); TAMANG on Nepal"')
    text = text.replace('kind = "qa"\nstart = "14:45"\nend = "14:55"\nassumed = ["start"]',
                        'kind = "qa"\nstart = "14:45"\nend = "14:55"\nassumed = ["start"]\n'
                        'description = "Questions to Ms. Otiende and CHARIMAYA"\n\n'
                        '[[sittings.segments.standing_items]]\nid = "support"\ntitle = "Support to survivors"\n'
                        'questions = ["What support reaches survivors?"]')
    assert text.count("protected = true") == 2 and "TAMANG on Nepal" in text and "standing_items" in text
    path = tmp_path / "survivors.toml"
    path.write_text(text, encoding="utf-8")
    return path


def run_survivors(store, tmp_path: Path) -> tuple[int, int]:
    """The sitting, start to finish, on a fake clock. Returns (meeting id, sitting id)."""
    meeting_id, _ = import_file(store, programme(tmp_path))
    sitting_id = load_meeting(store, meeting_id).sittings[0].id
    clock = FakeClock(dt.datetime(2025, 3, 14, 12, 55, tzinfo=UTC))
    r = Run(store, sitting_id, clock, dt.timedelta(hours=1))
    live, rap = r.live, r.rapporteur
    segments = {s.kind: s.id for s in live.view().segments}
    try:
        r.at(14, 0)
        live.open_sitting()
        live.start_segment()
        live.call_next()  # Maalla
        r.at(14, 5)
        live.call_next()  # Waly, video
        r.at(14, 10)
        live.call_next()  # Grace María Otiende, protected
        live.message("Grace, please conclude")  # a message to the speaker
        rap.add_note("Grace spoke about her recovery; maria (as friends call her) was 14.")
        rap.add_note("Her network (Otiende’s) reaches 40 villages.", speaker="otiende")
        rap.add_key_message("GRACE's testimony: survivors must be heard.")
        r.at(14, 16)
        live.end_segment()
        live.request_floor(name="Delegation of Chile", delegation="Chile", group="member_state", segment_id=segments["qa"])

        r.at(14, 20)
        live.start_segment()  # the panel: Tamang speaks last
        for until in ((14, 24), (14, 28), (14, 32), (14, 36), (14, 40), (14, 44)):
            live.call_next()
            r.at(*until)
        rap.add_note("Charimaya's NGO trains police (see Tamang, 2019).")
        live.end_segment()

        r.at(14, 45)
        live.start_segment()  # Q&A: Chile, then Tamang asks Ms. Otiende a question
        live.call_next()
        chile = live.view().speaker.entry_id
        q1 = rap.add_question("How does María's network reach children online?", asker="Delegation of Chile",
                              delegation="Chile", addressed_to=["Ms. Otiende"])
        q2 = rap.add_question("Ms. Otiende, how did Grace’s group find the children?", asker="tamang",
                              addressed_to=["Ms. Otiende"])
        rap.put_round([q1, q2])
        rap.answer(q1, "maría explained the referral network [Otiende].", by=["otiende"])
        rap.add_contribution("tamang", "Tamang: Shakti Samuha «Charimaya» shelters", item="support")
        r.at(14, 54)
        live.end_segment()

        r.at(14, 55)
        live.start_segment()  # closing
        live.call_next()
        rap.add_next_step("Invite Grace Otiende and TAMANG to HRC 61", owner="Ms. Otiende")
        r.at(15, 0)
        live.close_sitting()
    finally:
        r.close()
    correct(store, sitting_id, chile, "delegation", "Chile", who="Secretariat",
            why="Grace asked to fix Chile's name", clock=clock)
    return meeting_id, sitting_id


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def every_byte(paths: dict[str, list[Path]]) -> dict[str, str]:
    """Format -> everything a reader can get out of its files (and their names), folded."""
    out = {}
    for fmt, files in paths.items():
        texts = []
        for path in files:
            texts.append(path.name)
            raw = path.read_bytes()
            if fmt == "docx":
                with zipfile.ZipFile(path) as z:
                    texts += [html.unescape(z.read(n).decode("utf-8", "replace")) for n in z.namelist()]
            elif fmt == "pdf":
                for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
                    try:
                        texts.append(zlib.decompress(stream).decode("latin-1"))
                    except zlib.error:
                        texts.append(stream.decode("latin-1"))
                texts.append(raw.decode("latin-1"))
                reader = PdfReader(str(path))
                texts += [page.extract_text() for page in reader.pages]
                texts.append(str(reader.metadata))
            elif fmt == "json":
                texts.append(raw.decode("utf-8"))
                texts.append(json.dumps(json.loads(raw), ensure_ascii=False))
            elif fmt == "ics":
                texts.append(re.sub(r"\r\n[ \t]", "", raw.decode("utf-8")).replace("\\,", ",").replace("\\n", "\n"))
            else:
                texts.append(raw.decode("utf-8-sig"))
        out[fmt] = fold("\n".join(texts))
    return out
