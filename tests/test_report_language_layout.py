"""Report table cells in German and Spanish break between a number's parts, never inside
one ("2 Min." / "20 Sek.", "18. Mai" / "2026"), and a column of paragraphs (the notes)
keeps room to wrap whole words."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from crampdiary.report.pdf import fit_widths, register_fonts, word_width, wrap_lines


@pytest.fixture(autouse=True)
def _fonts():
    register_fonts()


def test_a_duration_breaks_between_its_parts():
    lines = wrap_lines("2 Min. 20 Sek.", 30, 7.5).split("\n")
    assert lines == ["2 Min.", "20 Sek."]
    assert wrap_lines("18. Mai 2026", 32, 7.5).split("\n") == ["18. Mai", "2026"]
    assert wrap_lines("10 min 16 s", 25, 7.5).split("\n") == ["10 min", "16 s"]


def test_plain_words_still_wrap_as_before():
    assert wrap_lines("dry mouth, drowsiness", 50, 8).split("\n") == ["dry mouth,", "drowsiness"]


def test_a_paragraph_column_keeps_room_to_wrap():
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    p = Paragraph("Auslöser: pointed toes in bed", getSampleStyleSheet()["Normal"])
    head = ["Datum", "Dauer", "Notizen"]
    rows = [["18. Mai 2026", "3 Min. 21 Sek.", p]] * 3
    widths = fit_widths(head, [60 * mm, 40 * mm, 40 * mm], 140 * mm, rows)
    assert abs(sum(widths) - 140 * mm) < 0.1
    assert widths[2] >= word_width("Auslöser:") + 7  # the longest word fits
