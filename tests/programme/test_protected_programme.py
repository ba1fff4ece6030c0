"""The printed programme is public: it never names a protected person, descriptions included, and
two protected people of one group are told apart by their labels."""

from __future__ import annotations

import sys
from pathlib import Path

from meetingdesk.cli import main
from meetingdesk.programme.files import load_programme
from meetingdesk.programme.zones import render_programme

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "report"))  # the survivors' sample programme

from protected_samples import FORMS, fold, programme  # noqa: E402


def test_the_printed_programme_names_no_protected_person_and_labels_them_apart(tmp_path):
    text = render_programme(load_programme(programme(tmp_path)))
    assert FORMS.findall(fold(text)) == []
    lines = text.splitlines()
    assert "      • Survivor leader A (identity protected) (6 min)" in lines
    assert "      • Survivor leader B (identity protected) (online, 3–5 min)" in lines
    assert "      Welcome; the testimony of Survivor leader A (Survivor leader A’s story); Survivor leader B on Nepal" in lines
    assert "      Questions to Survivor leader A and Survivor leader B" in lines
    assert ("      • Dr. Najat Maalla M'jid, Special Representative of the Secretary-General on Violence against Children, "
            "United Nations (moderator, 5 min) — Welcome") in lines


def test_cli_programme_prints_labels_only(tmp_path, capsys):
    assert main(["programme", str(programme(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert FORMS.findall(fold(out)) == [] and "Survivor leader B (identity protected)" in out
