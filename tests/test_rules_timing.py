"""Issue 3: dose timing and limits (CONTRACT.md 3.1), each with its boundary case."""

from __future__ import annotations

from datetime import timedelta

from crampdiary.core import rules
from rules_support import Diary, T, ids, of


# --------------------------------------------------------------------------- interval
def test_interval_exactly_6h_raises_nothing():
    d = Diary()
    d.dose("2026-03-02T08:00")
    d.dose("2026-03-02T14:00")
    assert d.flags("2026-03-02T20:00") == []


def test_interval_5h29_raises_warning_5h30_does_not():
    d = Diary()
    a = d.dose("2026-03-02T08:00")
    b = d.dose("2026-03-02T13:29")
    [f] = of(d.flags("2026-03-02T20:00"), "tizanidine.interval")
    assert f.severity == "warning" and f.subject == "tizanidine" and f.first_at == f.at
    assert f.entries == (a, b)
    assert f.at == T("2026-03-02T13:29")
    assert "5 h 29 min" in f.message and "6 hours" in f.message and "30 minutes" in f.message
    e = Diary()
    e.dose("2026-03-02T08:00")
    e.dose("2026-03-02T13:30")  # 6 h minus the 30 min early tolerance: fine
    assert e.flags("2026-03-02T20:00") == []
    assert f.source.startswith("Zanaflex")


def test_interval_across_spring_forward_counts_real_hours():
    # Europe/Berlin, 2026-03-29: 02:00 becomes 03:00. 00:30 -> 06:30 on the wall
    # clock is 6 h, but only 5 hours really passed.
    d = Diary()
    a = d.dose("2026-03-29T00:30")
    b = d.dose("2026-03-29T06:30")
    [f] = of(d.flags("2026-03-29T12:00"), "tizanidine.interval")
    assert f.entries == (a, b)
    assert "5 h apart" in f.message
    # 00:30 -> 07:30 wall clock is 6 real hours: fine
    d2 = Diary()
    d2.dose("2026-03-29T00:30")
    d2.dose("2026-03-29T07:30")
    assert of(d2.flags("2026-03-29T12:00"), "tizanidine.interval") == []


def test_interval_across_fall_back_counts_real_hours():
    # 2026-10-25: 03:00 becomes 02:00. 00:30 -> 05:30 wall is 6 real hours.
    d = Diary()
    d.dose("2026-10-25T00:30")
    d.dose("2026-10-25T05:30")
    assert d.flags("2026-10-25T12:00") == []


def test_brand_name_and_case_use_the_generic_rules():
    d = Diary()
    d.dose("2026-03-02T08:00", drug="Zanaflex")
    d.dose("2026-03-02T09:00", drug="ZANAFLEX")
    assert ids(d.flags("2026-03-02T12:00")) == ["tizanidine.interval"]


def test_unknown_drug_raises_only_unrecognised_once():
    d = Diary()
    first = d.dose("2026-03-02T00:00", amount=500, drug="Wonderpill")
    for h in range(1, 5):
        d.dose(f"2026-03-02T0{h}:00", amount=500, drug="Wonderpill")
    [f] = d.flags("2026-03-02T12:00")
    assert f.rule == "drug.unrecognised" and f.severity == "info"
    assert f.subject == "Wonderpill" and f.first_at == T("2026-03-02T00:00")
    assert f.at == T("2026-03-02T04:00")
    assert "no dose or interaction checks" in f.message
    assert [x.rule for x in d.entry_flags(first)] == ["drug.unrecognised"]


# --------------------------------------------------------------------------- doses-24h
def test_three_doses_in_24h_raise_nothing_fourth_is_danger():
    d = Diary()
    a = [d.dose(f"2026-03-02T{h:02d}:00", 2) for h in (0, 6, 12)]
    assert d.flags("2026-03-02T23:00") == []
    b = d.dose("2026-03-02T18:00", 2)
    [f] = of(d.flags("2026-03-02T23:00"), "tizanidine.doses-24h")
    assert f.severity == "danger"
    assert f.entries == (*a, b)
    assert f.at == T("2026-03-02T18:00")
    assert "4" in f.title


def test_dose_exactly_24h_earlier_is_outside_the_window():
    d = Diary()
    for t in ("2026-03-02T08:00", "2026-03-02T16:00", "2026-03-03T00:00", "2026-03-03T08:00"):
        d.dose(t, 2)
    assert d.flags("2026-03-03T12:00") == []


def test_fourth_dose_at_22h29_is_danger_at_22h30_is_not():
    d = Diary()
    for t in ("2026-03-02T08:00", "2026-03-02T14:00", "2026-03-02T20:00", "2026-03-03T06:29"):
        d.dose(t, 2)
    assert ids(d.flags("2026-03-03T12:00")) == ["tizanidine.doses-24h"]
    e = Diary()
    for t in ("2026-03-02T08:00", "2026-03-02T14:00", "2026-03-02T20:00", "2026-03-03T06:30"):
        e.dose(t, 2)
    assert e.flags("2026-03-03T12:00") == []


def test_five_doses_flag_the_fourth_and_fifth():
    d = Diary()
    for h in (0, 6, 12, 18):
        d.dose(f"2026-03-02T{h:02d}:00", 2)
    d.dose("2026-03-02T23:30", 2)
    got = of(d.flags("2026-03-03T01:00"), "tizanidine.doses-24h")
    assert [f.at for f in got] == [T("2026-03-02T23:30"), T("2026-03-02T18:00")]
    assert len(got[0].entries) == 4  # the count window is 22 h 30 min: 00:00 has left it


# --------------------------------------------------------------------------- daily-max
def test_exactly_36mg_in_24h_raises_nothing():
    d = Diary()
    for h in ("00:00", "08:00", "16:00"):
        d.dose(f"2026-03-02T{h}", 12)
    assert d.flags("2026-03-02T23:00") == []


def test_more_than_36mg_in_24h_is_danger():
    d = Diary()
    a = d.dose("2026-03-02T00:00", 12)
    b = d.dose("2026-03-02T08:00", 12)
    c = d.dose("2026-03-02T16:00", 12.5)
    [f] = of(d.flags("2026-03-02T23:00"), "tizanidine.daily-max")
    assert f.severity == "danger" and f.entries == (a, b, c)
    assert "36.5 mg" in f.message and "36 mg" in f.message


def test_daily_max_counts_grams_and_micrograms():
    d = Diary()
    d.dose("2026-03-02T00:00", 0.012, unit="g")
    d.dose("2026-03-02T08:00", 12000, unit="mcg")
    d.dose("2026-03-02T16:00", 13)
    assert ids(d.flags("2026-03-02T23:00")) == ["tizanidine.daily-max"]


def test_daily_max_window_drops_dose_exactly_24h_earlier():
    d = Diary()
    d.dose("2026-03-02T08:00", 16)
    d.dose("2026-03-02T16:00", 16)
    d.dose("2026-03-03T08:00", 8)  # 16 + 8 in its window: the 08:00 dose has left
    assert d.flags("2026-03-03T12:00") == []


def test_daily_max_limits_of_other_drugs():
    d = Diary()
    d.dose("2026-03-02T08:00", 15, drug="Flexeril")
    d.dose("2026-03-02T16:00", 15, drug="cyclobenzaprine")
    assert d.flags("2026-03-02T23:00") == []
    d.dose("2026-03-02T22:00", 5, drug="cyclobenzaprine")
    assert ids(d.flags("2026-03-02T23:00")) == ["cyclobenzaprine.daily-max"]
    b = Diary()
    for h in ("06:00", "11:00", "16:00", "21:00"):
        b.dose(f"2026-03-02T{h}", 20, drug="baclofen")
    assert b.flags("2026-03-02T23:00") == []
    b.dose("2026-03-02T22:00", 5, drug="Lioresal")
    assert ids(b.flags("2026-03-02T23:00")) == ["baclofen.daily-max"]
    c = Diary()
    for h in ("06:00", "11:00", "16:00", "21:00"):
        c.dose(f"2026-03-02T{h}", 350, drug="Soma")
    assert c.flags("2026-03-02T23:00") == []
    c.dose("2026-03-02T22:00", 50, drug="carisoprodol")
    assert ids(c.flags("2026-03-02T23:00")) == ["carisoprodol.daily-max"]


# --------------------------------------------------------------------------- single-dose
def test_single_dose_16mg_is_fine_above_is_danger():
    d = Diary()
    d.dose("2026-03-02T08:00", 16)
    assert d.flags("2026-03-02T12:00") == []
    e = d.dose("2026-03-03T08:00", 16.5)
    [f] = of(d.flags("2026-03-03T12:00"), "tizanidine.single-dose")
    assert f.severity == "danger" and f.entries == (e,)


# --------------------------------------------------------------------------- step-up
def test_step_up_of_exactly_4mg_raises_nothing():
    d = Diary()
    d.dose("2026-03-02T08:00", 4)
    d.dose("2026-03-03T08:00", 8)
    assert d.flags("2026-03-03T12:00") == []


def test_step_up_of_more_than_4mg_is_warning():
    d = Diary()
    a = d.dose("2026-03-02T08:00", 4)
    d.dose("2026-03-03T08:00", 2)
    c = d.dose("2026-03-04T08:00", 8.5)
    [f] = of(d.flags("2026-03-04T12:00"), "tizanidine.step-up")
    assert f.severity == "warning" and f.entries == (a, c)


def test_step_up_not_for_first_dose_after_7_dose_free_days():
    d = Diary()
    d.dose("2026-03-02T08:00", 2)
    d.dose("2026-03-09T08:00", 12)  # exactly 7 days later: nothing before it in 7 days
    assert d.flags("2026-03-09T12:00") == []
    e = Diary()
    e.dose("2026-03-02T08:01", 2)
    e.dose("2026-03-09T08:00", 12)
    assert ids(e.flags("2026-03-09T12:00")) == ["tizanidine.step-up"]


# --------------------------------------------------------------------------- formulation
def test_formulation_switch_tablet_to_capsule_within_14_days():
    d = Diary()
    a = d.dose("2026-03-02T08:00", form="tablet")
    b = d.dose("2026-03-10T08:00")  # form not recorded: does not count
    c = d.dose("2026-03-12T08:00", form="capsule")
    [f] = of(d.flags("2026-03-12T12:00"), "tizanidine.formulation-switch")
    assert f.severity == "warning" and f.entries == (a, c) and b not in f.entries
    assert "tablet" in f.message and "capsule" in f.message


def test_formulation_switch_with_food_and_after_14_days():
    d = Diary()
    a = d.dose("2026-03-02T08:00", with_food=True)
    b = d.dose("2026-03-02T14:00", with_food=False)
    [f] = of(d.flags("2026-03-02T20:00"), "tizanidine.formulation-switch")
    assert f.entries == (a, b) and "without food" in f.message
    e = Diary()
    e.dose("2026-04-02T08:00", form="tablet")
    e.dose("2026-04-16T08:00", form="capsule")  # exactly 14 days: still within
    e.dose("2026-04-30T08:01", form="tablet")  # 14 days 1 min after: not within
    got = of(e.flags("2026-04-30T12:00", since="2026-04-01T00:00"),
             "tizanidine.formulation-switch")
    assert [f.at for f in got] == [T("2026-04-16T08:00")]


def test_formulation_switch_only_for_marked_drugs():
    d = Diary()
    d.dose("2026-03-02T08:00", 10, drug="baclofen", form="tablet", with_food=True)
    d.dose("2026-03-03T08:00", 10, drug="baclofen", form="capsule", with_food=False)
    assert d.flags("2026-03-03T12:00") == []


# --------------------------------------------------------------------------- course-length
def test_course_length_21_days_exactly_raises_nothing():
    d = Diary()
    d.daily("2026-03-01", 22, times=("08:00",), amount=10, drug="cyclobenzaprine")
    # last dose 2026-03-22 08:00 is exactly 21 days after the first
    assert d.flags("2026-03-22T12:00") == []


def test_course_length_beyond_21_days_one_warning_per_course():
    d = Diary()
    first = d.daily("2026-03-01", 25, times=("08:00",), amount=10, drug="Flexeril")[0]
    got = of(d.flags("2026-03-25T12:00"), "cyclobenzaprine.course-length")
    assert len(got) == 1
    [f] = got
    assert f.severity == "warning"
    assert f.at == T("2026-03-25T08:00") and f.entries[0] == first
    assert "21 days" in f.message


def test_course_restarts_after_7_dose_free_days():
    d = Diary()
    d.daily("2026-03-01", 15, times=("08:00",), amount=10, drug="carisoprodol")
    d.daily("2026-03-22", 10, times=("08:00",), amount=10, drug="carisoprodol")
    # 03-15 -> 03-22 is a 7-day gap: a new course began on 03-22
    assert of(d.flags("2026-03-31T12:00", since="2026-03-01T00:00"),
              "carisoprodol.course-length") == []
    e = Diary()
    e.daily("2026-03-01", 15, times=("08:00",), amount=10, drug="carisoprodol")
    e.daily("2026-03-22", 10, times=("07:59",), amount=10, drug="carisoprodol")
    assert "carisoprodol.course-length" in ids(e.flags("2026-03-31T12:00"))


def test_course_start_found_before_a_cut_history():
    # evaluate only reads what its window needs; the course start is still exact
    d = Diary()
    first = d.daily("2025-01-01", 200, times=("08:00",), amount=10, drug="cyclobenzaprine")[0]
    [f] = of(d.flags("2025-07-19T12:00"), "cyclobenzaprine.course-length")
    assert f.entries[0] == first


# --------------------------------------------------------------------------- ordering
def test_out_of_order_entries_give_the_same_flags():
    d = Diary()
    b = d.dose("2026-03-02T12:00", 4)
    a = d.dose("2026-03-02T08:00", 4)  # logged later, taken earlier
    [f] = d.flags("2026-03-02T20:00")
    assert f.rule == "tizanidine.interval" and f.entries == (a, b)
    # the backdated dose names the later dose's flag
    assert [x.rule for x in d.entry_flags(a)] == ["tizanidine.interval"]


def test_only_entries_up_to_at_count():
    d = Diary()
    d.dose("2026-03-02T08:00", 4)
    d.dose("2026-03-02T12:00", 20)
    assert d.flags("2026-03-02T11:00") == []
    assert d.flags("2026-03-02T12:00") != []


def test_window_bounds_include_since_and_at():
    d = Diary()
    d.dose("2026-03-02T08:00", 4)
    d.dose("2026-03-02T12:00", 4)
    at = T("2026-03-09T12:00")  # exactly 7 days after the flag
    assert ids(rules.evaluate(d.history(), at)) == ["tizanidine.interval"]
    assert rules.evaluate(d.history(), at + timedelta(minutes=1)) == []
    assert ids(d.flags("2026-03-09T12:00", since="2026-03-02T12:00")) == ["tizanidine.interval"]
    assert d.flags("2026-03-09T12:00", since="2026-03-02T12:01") == []
    assert d.flags("2026-03-02T10:00", since="2026-03-02T11:00") == []


def test_newest_first_and_ties_by_rule_id():
    d = Diary()
    d.dose("2026-03-02T00:00", 4)
    d.dose("2026-03-02T01:00", 10)
    d.dose("2026-03-02T02:00", 12)
    d.dose("2026-03-02T03:00", 17)
    flags = d.flags("2026-03-02T12:00")
    assert [f.at for f in flags] == sorted((f.at for f in flags), reverse=True)
    last = [f.rule for f in flags if f.at == T("2026-03-02T03:00")]
    assert last == sorted(last)
    assert set(last) == {"tizanidine.daily-max", "tizanidine.doses-24h", "tizanidine.interval",
                         "tizanidine.single-dose", "tizanidine.step-up",
                         "tizanidine.titration-fast"}


def test_no_drug_name_in_rule_logic():
    """Rule ids are built from catalog keys; the engine's source names no drug."""
    import importlib
    import inspect
    import io
    import pkgutil
    import re
    import tokenize

    from crampdiary.core.catalog import load_catalog

    src = "".join(inspect.getsource(importlib.import_module(f"crampdiary.core.rules.{m.name}"))
                  for m in pkgutil.iter_modules(rules.__path__))
    assert "engine" in src and "words" in src
    names = set()
    for d in load_catalog().drugs.values():
        names.update(n.casefold() for n in (d.key, *d.brands, *d.aliases) if len(n) > 3)
    # one alternation, compiled once (the catalog has hundreds of names)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type in (tokenize.NAME, tokenize.STRING):
            text = tok.string.casefold()
            if tok.type == tokenize.STRING and text.startswith(('"""', "'''")):
                continue  # docstrings may explain
            assert not pattern.search(text), tok.string
