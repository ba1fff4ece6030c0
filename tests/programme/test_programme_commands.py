"""`check`, `programme`, `import` and `export` on files nobody here wrote: every problem of every file,
plain messages, never a traceback, all or nothing."""

from __future__ import annotations

import os
import shutil
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from meetingdesk import cli
from meetingdesk.programme.files import check_file, dump_programme, parse_programme
from meetingdesk.store import open_store
from meetingdesk.store.programmes import import_file, list_meetings
from test_checks import expectations

BROKEN = Path(__file__).with_name("broken")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def nested(depth: int, open_: str = "[", close: str = "]") -> str:
    return f"format = 1\n\n[meeting]\ntitle = \"Deep\"\nx = {open_ * depth}1{close * depth}\n"


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'desk.sqlite'}"


# --------------------------------------------------------------------------- deeply nested TOML


@pytest.mark.parametrize(("open_", "close"), [("[", "]"), ("{a = ", "}")], ids=["arrays", "inline-tables"])
def test_deeply_nested_values_are_a_plain_message_and_the_other_files_are_still_checked(capsys, tmp_path, open_, close):
    deep = tmp_path / "deep.toml"
    deep.write_text(nested(2000, open_, close), encoding="utf-8")
    code, out, err = run(capsys, "check", deep, BROKEN / "bad_zone.toml")
    assert code == 1
    assert f"{deep}:5: error: this TOML cannot be read: lists or tables are nested more than 100 levels deep" in out
    assert f"{BROKEN / 'bad_zone.toml'}: 1 error(s), 0 warning(s)" in out  # the next file was checked
    assert "Traceback" not in out + err and "RecursionError" not in out + err


def test_deeply_nested_values_stop_programme_and_import_with_the_same_message(capsys, tmp_path, url):
    deep = tmp_path / "deep.toml"
    deep.write_text(nested(2000), encoding="utf-8")
    for argv in (["programme", deep], ["--db", url, "import", deep]):
        code, out, err = run(capsys, *argv)
        assert code == 1, argv
        assert f"{deep}:5: error: this TOML cannot be read: lists or tables are nested more than 100 levels deep" in err
        assert "Traceback" not in err


# --------------------------------------------------------------------------- a folder of files


def unreadable_and_broken_files(folder: Path, valid: str) -> dict[str, str]:
    """Files of every kind, by name, with a fragment of what check must say about each."""
    folder.mkdir()
    (folder / "good.toml").write_text(valid, encoding="utf-8")
    shutil.copy(BROKEN / "many.toml", folder / "many.toml")
    (folder / "syntax.toml").write_text('format = 1\n[meeting\ntitle = "x"\n', encoding="utf-8")
    (folder / "utf16.toml").write_bytes(valid.encode("utf-16"))  # Notepad's "Unicode"
    (folder / "latin1.toml").write_bytes(valid.replace("Geneva", "Genève").encode("latin-1"))
    (folder / "binary.toml").write_bytes(bytes(range(256)) * 4)
    (folder / "deep.toml").write_text(nested(3000), encoding="utf-8")
    (folder / "empty.toml").write_text("", encoding="utf-8")
    (folder / "a folder.toml").mkdir()
    (folder / "gone.toml").symlink_to(folder / "nowhere.toml")
    return {
        "good.toml": "good.toml: 0 error(s), 0 warning(s)",
        "many.toml": "many.toml: 14 error(s), 0 warning(s)",
        "syntax.toml": "syntax.toml:2: error: this is not valid TOML",
        "utf16.toml": "utf16.toml: cannot read: it is UTF-16 text; save it as UTF-8",
        "latin1.toml": "latin1.toml: cannot read: it is not UTF-8 text (byte",
        "binary.toml": "binary.toml: cannot read: it is not UTF-8 text",
        "deep.toml": "deep.toml:5: error: this TOML cannot be read: lists or tables are nested more than 100 levels deep",
        "empty.toml": "empty.toml: error: format: the file must start with format = 1",
        "a folder.toml": "a folder.toml: cannot read: it is a folder",
        "gone.toml": "gone.toml: cannot read: there is no such file",
    }


def test_check_of_a_folder_lists_every_problem_of_every_file(capsys, tmp_path, valid_programme):
    folder = tmp_path / "programmes"
    expected = unreadable_and_broken_files(folder, valid_programme)
    (folder / "notes.txt").write_text("not a programme", encoding="utf-8")  # only *.toml are programmes
    code, out, err = run(capsys, "check", folder)
    assert code == 2  # some could not be read at all
    for name, fragment in expected.items():
        assert fragment in out + err, name
    for _, field, line, _ in expectations(BROKEN / "many.toml"):
        assert f"{folder / 'many.toml'}:{line}: error: {field}:" in out
    assert "notes.txt" not in out + err
    assert "Traceback" not in out + err
    assert f"{folder}: 10 files, 4 with errors, 5 that cannot be read" in out


def test_an_empty_folder_says_so(capsys, tmp_path):
    code, out, err = run(capsys, "check", tmp_path)
    assert code == 2 and f"{tmp_path}: cannot read: there is no *.toml file in this folder" in err


def test_a_utf16_programme_is_named_as_such(tmp_path, valid_programme):
    for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.toml"
        path.write_bytes(valid_programme.encode(encoding))
        with pytest.raises(Exception) as raised:
            check_file(path)
        assert str(raised.value) == (
            f"{path}: cannot read: it is UTF-16 text; save it as UTF-8 (in Notepad: File ▸ Save as, Encoding: UTF-8)"
        )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda s: s.encode("utf-8")),
    st.lists(st.sampled_from(["[", "]", "{", "}", "[[sittings]]", "x = ", "\"", "'''", "=", "\n", "1", "a.b", "format = 1\n"]), max_size=200).map(lambda parts: "".join(parts).encode("utf-8")),
))
def test_check_of_any_bytes_is_a_message_and_an_exit_code_never_a_traceback(tmp_path_factory, content):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "fuzz.toml"
    path.write_bytes(content)
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["check", str(path), str(BROKEN / "bad_zone.toml")])
    assert code in (1, 2)
    assert "Traceback" not in out.getvalue() + err.getvalue()
    assert f"{BROKEN / 'bad_zone.toml'}: 1 error(s)" in out.getvalue()  # the second file is always checked


# --------------------------------------------------------------------------- import: all or nothing


def test_import_of_a_good_and_a_broken_file_imports_neither(capsys, url, programme_file):
    code, out, err = run(capsys, "--db", url, "import", programme_file, BROKEN / "many.toml")
    assert code == 1
    assert f"{BROKEN / 'many.toml'}:" in err and "nothing imported" in err
    assert "imported" not in out
    assert list_meetings(open_store(url)) == []


def test_import_of_a_good_and_an_unreadable_file_imports_neither(capsys, url, programme_file, tmp_path):
    code, out, err = run(capsys, "--db", url, "import", programme_file, tmp_path / "missing.toml")
    assert code == 2
    assert "missing.toml: cannot read: there is no such file" in err and "nothing imported" in err
    assert list_meetings(open_store(url)) == []


def test_import_of_several_good_files_imports_them_all(capsys, url, programme_file, write_programme, valid_programme):
    other = write_programme(valid_programme.replace("Trafficking in children", "Children first"), "other.toml")
    code, out, err = run(capsys, "--db", url, "import", programme_file, other)
    assert code == 0, err
    assert [row.title.split(" ")[0] for row in list_meetings(open_store(url))] == ["Trafficking", "Children"]
    assert out.count("imported ") == 2


# --------------------------------------------------------------------------- --db after the command


def test_db_may_come_after_the_command(capsys, url, programme_file):
    code, out, err = run(capsys, "import", programme_file, "--db", url)
    assert code == 0, err
    code, out, err = run(capsys, "meetings", "--db", url)
    assert code == 0 and "Trafficking in children" in out
    code, out, err = run(capsys, "--db", url, "meetings")  # before it, as ever
    assert code == 0 and "Trafficking in children" in out


# --------------------------------------------------------------------------- export always imports again


def test_a_fraction_of_a_minute_shorter_than_a_second_is_an_error_not_a_zero(valid_programme, write_programme):
    path = write_programme(valid_programme.replace("minutes = 20\n", "minutes = 0.001\n"))
    [problem] = check_file(path)
    assert (problem.field, problem.message) == (
        "sittings[0].segments[1].minutes",
        "must be at least a second (0.0167 minutes), not 0.001",
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    segment=st.floats(min_value=1e-6, max_value=40, allow_nan=False),
    low=st.floats(min_value=1e-6, max_value=3),
    high=st.floats(min_value=3, max_value=5),
    limit=st.floats(min_value=1e-6, max_value=10),
)
def test_whatever_check_accepts_is_written_back_as_a_file_check_accepts(valid_programme, segment, low, high, limit):
    # export writes dump_programme of the stored meeting; the store keeps the same whole seconds
    source = (
        valid_programme.replace("minutes = 20\n", f"minutes = {segment!r}\n")
        .replace("minutes = [3, 5]", f"minutes = [{low!r}, {high!r}]")
        .replace("intervention_minutes = 2\n", f"intervention_minutes = {limit!r}\n")
    )
    first = parse_programme(source)
    if not first.ok:
        return  # refused on the way in: never stored, never exported
    again = parse_programme(dump_programme(first.meeting))
    assert again.errors == []
    assert again.meeting.sittings[0].segments[1].planned_seconds == first.meeting.sittings[0].segments[1].planned_seconds
    assert again.meeting.intervention_seconds == first.meeting.intervention_seconds
    slots = [(s.min_seconds, s.max_seconds) for s in again.meeting.sittings[0].segments[0].slots]
    assert slots == [(s.min_seconds, s.max_seconds) for s in first.meeting.sittings[0].segments[0].slots]


def test_export_of_a_meeting_that_would_not_import_again_writes_nothing_and_says_why(capsys, url, programme_file, tmp_path):
    store = open_store(url)
    meeting_id, _ = import_file(store, programme_file)
    with store.engine.begin() as conn:  # as a faulty tool might have left it
        conn.execute(text("UPDATE segment SET planned_seconds = 0 WHERE title = 'Interventions from the floor'"))
    out = tmp_path / "out.toml"
    code, stdout, err = run(capsys, "--db", url, "export", meeting_id, "-o", out)
    assert code == 1 and not out.exists()
    assert f"meeting {meeting_id} in the database: error: sittings[0].segments[1].minutes: must be more than 0 minutes" in err
    assert "nothing written: the file would not import again" in err


def test_export_writes_values_tomllib_reads_back_exactly(url, programme_file, tmp_path):
    store = open_store(url)
    meeting_id, _ = import_file(store, programme_file)
    out = tmp_path / "out.toml"
    assert cli.main(["--db", url, "export", str(meeting_id), "-o", str(out)]) == 0
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    assert data["sittings"][0]["segments"][0]["slots"][1]["minutes"] == [3, 5]
    assert os.stat(out).st_size > 0


# --------------------------------------------------------------------------- in French and Spanish
@pytest.fixture
def english_after():
    yield
    from meetingdesk import i18n
    i18n.set_language("en")  # a command sets the process's language


def test_check_speaks_french_and_spanish_and_still_names_file_line_and_field(capsys, english_after):
    path = BROKEN / "many.toml"
    code, out_en, err_en = run(capsys, "check", path)
    for language, error, summary, zone in (
        ("fr", "erreur", "14 erreur(s), 0 avertissement(s)", "n’est pas un fuseau horaire"),
        ("es", "error", "14 error(es), 0 advertencia(s)", "no es un huso horario"),
    ):
        code_l, out, err = run(capsys, "check", path, "--language", language)
        assert code_l == code == 1
        lines = out.splitlines()
        assert len(lines) == len(out_en.splitlines())  # every problem, none dropped
        assert lines[-1] == f"{path}: {summary}"
        assert any(line.startswith(f"{path}:22: {error}: meeting.display_zones: \"Mars/Olympus_Mons\" {zone}") for line in lines)
        assert f"{path}:48: {error}: sittings[0].segments[0].slots[0].participant" in out
        assert "is not a time zone" not in out and "did you mean" not in out


def test_import_export_and_meetings_speak_the_language_asked_for(capsys, url, tmp_path, english_after):
    sample = Path(__file__).resolve().parents[2] / "resources" / "programmes" / "hrc-side-event-2025-03-14.toml"
    code, out, err = run(capsys, "--db", url, "import", sample, "--language", "fr")
    assert code == 0 and out.strip().endswith(f"{sample} importé comme réunion 1")
    assert "avertissement: sittings[0].segments[1].slots: serré" in out + err
    code, out, err = run(capsys, "--db", url, "export", "1", "-o", tmp_path / "x.toml", "--language", "es")
    assert code == 0 and out.strip() == f"{tmp_path / 'x.toml'} escrito"
    code, out, err = run(capsys, "--db", url, "import", tmp_path / "missing.toml", "--language", "fr")
    assert code != 0 and "ce fichier n’existe pas" in err and "rien n’a été importé" in err
