"""The chair's summary in French and Spanish (``meetingdesk report --language``), and the printed
programme (``meetingdesk programme --language``): headings, table headers, statistics labels, dates
and language names in the language asked for; names and titles as the programme gives them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from meetingdesk import i18n
from meetingdesk.cli import main
from readback import docx_text, pdf_text

HRC_FILE = Path(__file__).resolve().parents[2] / "resources" / "programmes" / "hrc-side-event-2025-03-14.toml"


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_language("en")  # the command sets the process's language


def headings(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs if p.style.name.startswith("Heading")]


def test_the_summary_in_french(store, hrc, db_url, tmp_path):
    out = tmp_path / "resume.docx"
    assert main(["--db", db_url, "report", str(hrc[0]), "--format", "docx", "-o", str(out), "--language", "fr"]) == 0
    assert headings(out)[:3] == ["Orateurs", "Questions clés", "Débat"]
    assert {"Orateurs", "Questions clés", "Débat", "Questions et réponses", "Messages clés", "Prochaines étapes",
            "Annexe : horaires et statistiques", "Segments : prévu et réel", "Statistiques",
            "Annexe : interventions"} <= set(headings(out))
    text = docx_text(out)
    for expected in ("vendredi 14 mars 2025, 14:00–15:00 CET (Geneva) / 09:00–10:00 EDT (New York)",
                     "Date et heure", "Modérateur", "Rapporteur", "Temps de parole", "Part", "Groupe de parties prenantes",
                     "Panel / salle", "Posée par", "Page ", "Trafficking in children on the rise: immediate action required"):
        assert expected in text, expected
    assert "Speaking time" not in text and "Key messages" not in text
    assert Document(str(out)).core_properties.language == "fr"


def test_the_summary_in_spanish_as_word_and_pdf(store, hrc, db_url, tmp_path):
    word, pdf = tmp_path / "resumen.docx", tmp_path / "resumen.pdf"
    assert main(["--db", db_url, "report", str(hrc[0]), "--format", "docx", "-o", str(word), "--language", "es"]) == 0
    assert main(["--db", db_url, "report", str(hrc[0]), "--format", "pdf", "-o", str(pdf), "--language", "es"]) == 0
    assert {"Oradores", "Cuestiones clave", "Debate", "Preguntas y respuestas", "Mensajes clave", "Próximos pasos",
            "Anexo: horarios y estadísticas", "Estadísticas", "Anexo: intervenciones"} <= set(headings(word))
    for text in (docx_text(word), " ".join(pdf_text(pdf).split())):
        for expected in ("viernes, 14 de marzo de 2025", "Tiempo de uso de la palabra", "Grupo de partes interesadas",
                         "Resumen"):
            assert expected in text, expected
    assert "Página 1" in pdf_text(pdf)


def test_the_summary_is_english_by_default(store, hrc, db_url, tmp_path):
    out = tmp_path / "summary.docx"
    assert main(["--db", db_url, "report", str(hrc[0]), "--format", "docx", "-o", str(out)]) == 0
    assert {"Speakers", "Key issues", "Key messages", "Next steps"} <= set(headings(out))


@pytest.mark.parametrize(("code", "lines"), [
    ("fr", ["vendredi 14 mars 2025, 14:00–15:00 CET (Geneva) / 09:00–10:00 EDT (New York)",
            "Interprétation : anglais, français, népalais, espagnol", "Format : Hybride", "Lieu : Room XXII, Palais des Nations, Geneva"]),
    # Spanish writes the hour without a leading zero (CLDR's own pattern)
    ("es", ["viernes, 14 de marzo de 2025, 14:00–15:00 CET (Geneva) / 9:00–10:00 EDT (New York)",
            "Interpretación: inglés, francés, nepalí, español", "Formato: Híbrido"]),
])
def test_the_printed_programme_in_french_and_spanish(capsys, code, lines):
    assert main(["programme", str(HRC_FILE), "--language", code]) == 0
    printed = capsys.readouterr().out.splitlines()
    for line in lines:
        assert line in printed, line
    assert any(line.endswith("  Setting the scene") for line in printed)  # the programme's own words
    assert any("(modérateur, 5 min)" in line or "(moderador, 5 min)" in line for line in printed)
