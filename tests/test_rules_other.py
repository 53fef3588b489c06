"""Issue 3: withdrawal and taper, interactions, cramps, symptoms and vitals (CONTRACT.md 3.2-3.4)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crampdiary.core.vocab import RED_FLAGS
from rules_support import Diary, T, ids, of


# --------------------------------------------------------------------------- withdrawal
def _regular(d: Diary, first_day: str = "2026-04-01", days: int = 7, amount: float = 4,
             drug: str = "tizanidine") -> list[int]:
    return d.daily(first_day, days, amount=amount, drug=drug)


def test_withdrawal_after_regular_use_at_last_dose_plus_36h():
    d = Diary()
    last = _regular(d)[-1]  # 2026-04-07 20:00
    assert of(d.flags("2026-04-09T07:59"), "tizanidine.withdrawal") == []
    # exactly 36 h without a dose is not yet "more than 36 h"
    assert of(d.flags("2026-04-09T08:00"), "tizanidine.withdrawal") == []
    [f] = of(d.flags("2026-04-09T08:00:01"), "tizanidine.withdrawal")
    assert f.at == T("2026-04-09T08:00") and f.entries == (last,)
    assert f.severity == "warning"
    assert "log it" in f.message and "on your own" in f.message
    assert "prescriber" in f.message
    # still shown while it lies in the 7 days up to --at
    assert ids(d.flags("2026-04-12T08:00")).count("tizanidine.withdrawal") == 1


def test_withdrawal_gap_of_exactly_36h_raises_nothing():
    d = Diary()
    _regular(d)
    d.dose("2026-04-09T08:00", 4)  # exactly 36 h after the last one
    assert of(d.flags("2026-04-09T12:00"), "tizanidine.withdrawal") == []
    e = Diary()
    _regular(e)
    e.dose("2026-04-09T08:01", 4)  # 36 h 1 min: the gap was more than 36 h
    [f] = of(e.flags("2026-04-09T12:00"), "tizanidine.withdrawal")
    assert f.at == T("2026-04-09T08:00")


def test_withdrawal_needs_regular_use_5_of_7_days():
    d = Diary()
    for day in ("2026-04-01", "2026-04-03", "2026-04-05", "2026-04-07"):  # 4 of 7 days
        d.dose(f"{day}T08:00", 4)
    assert of(d.flags("2026-04-10T12:00"), "tizanidine.withdrawal") == []
    d.dose("2026-04-06T08:00", 4)  # now 5 of the 7 days up to 04-07
    assert ids(d.flags("2026-04-10T12:00")).count("tizanidine.withdrawal") == 1


def test_withdrawal_danger_after_high_dose_long_term_use():
    d = Diary()
    # 63 days of 20 mg a day (8 + 8 + 4): mean exactly 20 mg -> high dose
    start = T("2026-04-01T00:00")
    for k in range(63):
        day = (start + timedelta(days=k, hours=12)).date().isoformat()
        d.dose(f"{day}T08:00", 8)
        d.dose(f"{day}T14:00", 8)
        d.dose(f"{day}T20:00", 4)
    [f] = of(d.flags("2026-06-05T12:00"), "tizanidine.withdrawal")
    assert f.severity == "danger"
    assert "20 mg a day" in f.message


def test_withdrawal_warning_just_below_high_dose_mean():
    d = Diary()
    start = T("2026-04-01T00:00")
    for k in range(63):
        day = (start + timedelta(days=k, hours=12)).date().isoformat()
        d.dose(f"{day}T08:00", 8)
        d.dose(f"{day}T14:00", 8)
        d.dose(f"{day}T20:00", 4 if k else 3.5)
    [f] = of(d.flags("2026-06-05T12:00"), "tizanidine.withdrawal")
    assert f.severity == "warning"


def test_withdrawal_severity_from_catalog_baclofen_danger_carisoprodol_warning():
    b = Diary()
    _regular(b, amount=10, drug="baclofen")
    [f] = of(b.flags("2026-04-10T12:00"), "baclofen.withdrawal")
    assert f.severity == "danger"
    c = Diary()
    _regular(c, amount=250, drug="Soma")
    [g] = of(c.flags("2026-04-10T12:00"), "carisoprodol.withdrawal")
    assert g.severity == "warning"
    n = Diary()
    _regular(n, amount=5, drug="cyclobenzaprine")  # not marked: no withdrawal rule
    assert of(n.flags("2026-04-10T12:00"), "cyclobenzaprine.withdrawal") == []


def test_withdrawal_moment_must_not_be_after_at():
    d = Diary()
    _regular(d)
    d.dose("2026-04-09T20:00", 4)  # after --at: not seen
    assert ids(d.flags("2026-04-09T12:00")) == ["tizanidine.withdrawal"]


# --------------------------------------------------------------------------- taper
def _high_dose_then(d: Diary, amounts: list[float], first_day: str = "2026-04-01",
                    days: int = 70) -> None:
    """``days`` days of 24 mg a day, then one day for each total in ``amounts``."""
    start = T(f"{first_day}T12:00")
    for k in range(days + len(amounts)):
        day = (start + timedelta(days=k)).date().isoformat()
        total = 24 if k < days else amounts[k - days]
        for hm in ("08:00", "14:00", "20:00"):
            d.dose(f"{day}T{hm}", total / 3)


def test_taper_fast_drop_of_more_than_4mg_a_day():
    d = Diary()
    _high_dose_then(d, [16])  # 2026-06-10: 16 mg after 24 mg
    assert of(d.flags("2026-06-10T23:59"), "tizanidine.taper-fast") == []  # day not over
    [f] = of(d.flags("2026-06-11T00:00"), "tizanidine.taper-fast")
    assert f.severity == "warning"
    assert f.at == T("2026-06-10T20:00")
    assert "16 mg" in f.message and "24 mg" in f.message
    assert "on your own" in f.message


def test_taper_drop_of_exactly_4mg_raises_nothing():
    d = Diary()
    _high_dose_then(d, [20, 16, 12])
    assert of(d.flags("2026-06-13T12:00"), "tizanidine.taper-fast") == []


def test_taper_not_judged_without_high_dose_use():
    d = Diary()
    d.daily("2026-04-01", 70, amount=6)  # 18 mg a day: below 20 mg
    for hm in ("08:00", "14:00", "20:00"):
        d.dose(f"2026-06-10T{hm}", 2)
    assert of(d.flags("2026-06-12T12:00"), "tizanidine.taper-fast") == []


# --------------------------------------------------------------------------- interactions
@pytest.mark.parametrize("other, rule, severity", [
    ("ciprofloxacin", "interaction.contraindicated", "danger"),
    ("Luvox", "interaction.contraindicated", "danger"),
    ("clonidine", "interaction.alpha2-agonist", "danger"),
    ("guanfacine", "interaction.alpha2-agonist", "danger"),
    ("levofloxacin", "interaction.cyp1a2", "warning"),
    ("zileuton", "interaction.cyp1a2", "warning"),
    ("famotidine", "interaction.cyp1a2", "warning"),
    ("Yasmin", "interaction.cyp1a2", "warning"),
    ("lisinopril", "interaction.antihypertensive", "warning"),
    ("amlodipine", "interaction.antihypertensive", "warning"),
    ("oxycodone", "interaction.sedative", "warning"),
    ("diazepam", "interaction.sedative", "warning"),
    ("amitriptyline", "interaction.sedative", "warning"),
    ("cyclobenzaprine", "interaction.sedative", "warning"),
])
def test_interactions_within_48h(other, rule, severity):
    d = Diary()
    t = d.dose("2026-04-01T08:00", 2)
    o = d.dose("2026-04-03T08:00", 1, drug=other)  # exactly 48 h later: still together
    got = of(d.flags("2026-04-03T12:00"), rule)
    assert len(got) == 1
    [f] = got
    assert f.severity == severity and f.entries == (t, o)
    assert f.at == T("2026-04-03T08:00")
    assert "prescriber" in f.message
    e = Diary()
    e.dose("2026-04-01T08:00", 2)
    e.dose("2026-04-03T08:01", 1, drug=other)
    assert of(e.flags("2026-04-03T12:00"), rule) == []


def test_interaction_other_drug_first_and_one_flag_per_drug():
    d = Diary()
    c1 = d.dose("2026-04-01T08:00", 500, drug="Cipro")
    d.dose("2026-04-01T20:00", 500, drug="Cipro")
    t1 = d.dose("2026-04-02T08:00", 2)
    t2 = d.dose("2026-04-02T20:00", 2)
    # one episode: every later dose of a pair within 48 h is an occurrence
    [f] = of(d.flags("2026-04-03T12:00"), "interaction.contraindicated")
    assert f.at == T("2026-04-02T20:00") and t2 in f.entries
    assert f.first_at == T("2026-04-02T08:00")  # the first tizanidine dose after cipro
    assert f.subject == "tizanidine+ciprofloxacin"
    assert c1 not in f.entries
    assert t1 not in f.entries


def test_no_interaction_without_the_subject_drug():
    d = Diary()
    d.dose("2026-04-01T08:00", 500, drug="ciprofloxacin")
    d.dose("2026-04-01T09:00", 10, drug="lisinopril")
    d.dose("2026-04-01T10:00", 5, drug="diazepam")
    assert d.flags("2026-04-01T12:00") == []


def test_alcohol_within_12h_of_a_dose_is_sedative_warning():
    d = Diary()
    t = d.dose("2026-04-01T08:00", 2)
    w = d.water("2026-04-01T20:00", 330, drink="alcohol")
    [f] = of(d.flags("2026-04-01T23:00"), "interaction.sedative")
    assert f.severity == "warning" and f.entries == (t, w)
    assert "alcohol" in f.message
    e = Diary()
    e.dose("2026-04-01T08:00", 2)
    e.water("2026-04-01T20:01", 330, drink="alcohol")
    e.water("2026-04-01T09:00", 330, drink="water")
    assert e.flags("2026-04-01T23:00") == []


@pytest.mark.parametrize("other, expected", [
    ("Catapres", ["interaction.alpha2-agonist", "interaction.antihypertensive"]),
    ("methyldopa", ["interaction.alpha2-agonist", "interaction.antihypertensive"]),
    ("verapamil", ["interaction.antihypertensive", "interaction.cyp1a2"]),
    ("lisinopril", ["interaction.antihypertensive"]),
])
def test_every_matching_interaction_row_is_raised(other, expected):
    """A drug in two rows of the table (clonidine: an alpha2 agonist that also lowers blood
    pressure) raises both, as the contract's table reads."""
    d = Diary()
    d.dose("2026-04-01T08:00", 2)
    d.dose("2026-04-01T09:00", 0.1, drug=other)
    assert sorted(ids(d.flags("2026-04-01T12:00"))) == expected


# --------------------------------------------------------------------------- cramps
def test_red_flag_is_danger_and_says_seek_care_now():
    d = Diary()
    c = d.cramp("2026-04-01T03:00", red_flags=("bladder-bowel", "groin-numbness"))
    [f] = d.flags("2026-04-01T12:00")
    assert f.rule == "red-flag" and f.severity == "danger" and f.entries == (c,)
    assert "seek care now" in f.message.lower()
    assert RED_FLAGS["bladder-bowel"][0] in f.message
    assert "NHS" in f.source


def test_cramp_long_over_10_minutes():
    d = Diary()
    d.cramp("2026-04-01T03:00", duration_s=600)
    assert d.flags("2026-04-01T12:00") == []
    c = d.cramp("2026-04-02T03:00", duration_s=601)
    [f] = d.flags("2026-04-02T12:00")
    assert f.rule == "cramp.long" and f.severity == "warning" and f.entries == (c,)


def test_pattern_frequent_three_in_7_days_at_the_third():
    d = Diary()
    a = d.cramp("2026-04-01T03:00")
    b = d.cramp("2026-04-03T03:00")
    assert d.flags("2026-04-05T12:00") == []
    c = d.cramp("2026-04-05T03:00")
    [f] = d.flags("2026-04-05T12:00")
    assert f.rule == "pattern.frequent" and f.severity == "warning"
    assert f.at == T("2026-04-05T03:00") and f.entries == (a, b, c)
    # the episode is listed while its occurrence lies in the 7 days up to --at
    assert d.flags("2026-04-12T03:00") != []
    assert d.flags("2026-04-12T03:01") == []
    # a 4th cramp 7 days after the 3rd, on the dot, is the same episode
    e = d.cramp("2026-04-12T03:00")
    assert of(d.flags("2026-04-12T12:00"), "pattern.frequent") == []  # only 2 in its 7 days
    d.cramp("2026-04-10T03:00")
    [f] = of(d.flags("2026-04-12T12:00"), "pattern.frequent")
    assert f.first_at == T("2026-04-05T03:00") and e in f.entries


def test_pattern_sleep_two_woken_nights():
    d = Diary()
    d.cramp("2026-04-01T03:00", woke=True)
    d.cramp("2026-04-02T15:00")
    assert d.flags("2026-04-03T12:00") == []
    d.cramp("2026-04-03T03:00", woke=True)
    got = d.flags("2026-04-03T12:00")
    assert ids(got) == ["pattern.frequent", "pattern.sleep"]
    assert of(got, "pattern.sleep")[0].severity == "info"


def test_cramp_associated_one_flag_per_drug_at_latest_dose():
    d = Diary()
    d.dose("2026-04-01T08:00", 20, drug="atorvastatin")
    last = d.dose("2026-04-02T08:00", 20, drug="Lipitor")
    d.dose("2026-04-02T09:00", 50, drug="salmeterol", unit="mcg")
    d.dose("2026-04-02T10:00", 25, drug="hydrochlorothiazide")
    d.dose("2026-04-02T11:00", 60, drug="raloxifene")
    got = of(d.flags("2026-04-02T12:00"), "cramp-associated")
    assert len(got) == 4 and all(f.severity == "info" for f in got)
    statin = [f for f in got if "atorvastatin" in f.title.lower()][0]
    assert statin.entries == (last,) and "Statins" in statin.message
    assert "Garrison" in statin.source


def test_quinine_is_danger_for_any_dose():
    d = Diary()
    q = d.dose("2026-04-01T22:00", 200, drug="Qualaquin")
    [f] = d.flags("2026-04-02T08:00")
    assert f.rule == "quinine.not-for-cramps" and f.severity == "danger" and f.entries == (q,)
    assert "FDA" in f.source


# --------------------------------------------------------------------------- vitals
def test_vitals_rebound_past_36h_to_7_days_after_regular_use():
    d = Diary()
    last = _regular(d)[-1]  # 2026-04-07 20:00
    d.vitals("2026-04-08T08:00", 160, 100)  # 12 h: too early in v2
    d.vitals("2026-04-09T08:00", 160, 100)  # exactly 36 h: not yet more than 36 h
    v = d.vitals("2026-04-09T08:01", 150, 85)
    [f] = of(d.flags("2026-04-09T12:00"), "vitals.rebound")
    assert f.severity == "danger" and f.entries == (last, v)
    assert "emergency" in f.message
    e = Diary()
    _regular(e)
    e.vitals("2026-04-14T20:00", 120, 80, 100)  # exactly 7 days: pulse 100 counts
    e.vitals("2026-04-14T20:01", 170, 110, 120)  # more than 7 days
    e.vitals("2026-04-09T08:00", 139, 89, 99)  # below every threshold
    got = of(e.flags("2026-04-14T21:00"), "vitals.rebound")
    assert [x.at for x in got] == [T("2026-04-14T20:00")]


def test_vitals_rebound_needs_regular_use_and_no_later_dose():
    d = Diary()
    d.dose("2026-04-07T20:00", 4)
    d.vitals("2026-04-08T12:00", 160, 100)
    assert d.flags("2026-04-08T13:00") == []
    e = Diary()
    _regular(e)
    e.dose("2026-04-08T06:00", 4)
    e.vitals("2026-04-08T12:00", 160, 100)  # only 6 h after the latest dose
    assert of(e.flags("2026-04-08T13:00"), "vitals.rebound") == []


def test_vitals_low_bp_within_6h_of_a_dose():
    d = Diary()
    t = d.dose("2026-04-01T08:00", 4)
    d.vitals("2026-04-01T09:00", 90, 60)  # not below
    v = d.vitals("2026-04-01T14:00", 85, 70)  # exactly 6 h: within
    d.vitals("2026-04-01T14:01", 80, 50)  # after 6 h
    [f] = of(d.flags("2026-04-01T20:00"), "vitals.low-bp")
    assert f.severity == "warning" and f.entries == (t, v)
    e = Diary()
    e.vitals("2026-04-01T09:00", 80, 50)  # no tizanidine at all
    assert e.flags("2026-04-01T20:00") == []


# --------------------------------------------------------------------------- flags_for_entry
def test_flags_for_entry_names_the_entry_only():
    d = Diary()
    a = d.dose("2026-04-01T08:00", 4)
    b = d.dose("2026-04-01T10:00", 4)
    w = d.water("2026-04-01T11:00", 300)
    assert [f.rule for f in d.entry_flags(b)] == ["tizanidine.interval"]
    assert [f.rule for f in d.entry_flags(a)] == ["tizanidine.interval"]
    assert d.entry_flags(w) == []


def test_flags_for_entry_judges_aggregated_rules_per_entry():
    d = Diary()
    d.dose("2026-04-01T08:00", 2)
    c1 = d.dose("2026-04-01T09:00", 500, drug="ciprofloxacin")
    c2 = d.dose("2026-04-01T21:00", 500, drug="ciprofloxacin")
    assert [f.rule for f in d.entry_flags(c1)] == ["interaction.contraindicated"]
    assert [f.rule for f in d.entry_flags(c2)] == []  # the same episode: not printed again
    s = d.dose("2026-04-01T22:00", 10, drug="simvastatin")
    assert [f.rule for f in d.entry_flags(s)] == ["cramp-associated"]
    cr = [d.cramp(f"2026-04-0{k}T03:00") for k in (2, 3, 4)]
    assert [f.rule for f in d.entry_flags(cr[-1])] == ["pattern.frequent"]
