"""CONTRACT v2 section 3: every new or changed rule at its boundaries, episodes and the
per-entry selection (TZ=Europe/Berlin unless a test says otherwise)."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from crampdiary.core import rules
from crampdiary.core.rules import Profile
from rules_support import Diary, T, ids, of

MIN = timedelta(minutes=1)


def _regular(d: Diary, first_day: str = "2026-04-01", days: int = 7, amount: float = 4,
             drug: str = "tizanidine") -> list[int]:
    return d.daily(first_day, days, amount=amount, drug=drug)


# --------------------------------------------------------------------------- 3.1
def test_daily_max_uses_the_count_window():
    d = Diary()
    d.dose("2026-03-02T08:00", 12)
    d.dose("2026-03-02T14:00", 12)
    d.dose("2026-03-03T06:29", 12.5)  # 22 h 29 min after the first: 36.5 mg in the window
    [f] = d.flags("2026-03-03T12:00")
    assert f.rule == "tizanidine.daily-max" and f.severity == "danger"
    assert "36.5 mg" in f.title and "36 mg" in f.message
    e = Diary()
    e.dose("2026-03-02T08:00", 12)
    e.dose("2026-03-02T14:00", 12)
    e.dose("2026-03-03T06:30", 12.5)  # 22 h 30 min: the first has left the window
    assert e.flags("2026-03-03T12:00") == []


def test_single_dose_boundary():
    d = Diary()
    d.dose("2026-03-02T08:00", 16)
    assert of(d.flags("2026-03-02T12:00"), "tizanidine.single-dose") == []
    d.dose("2026-03-03T08:00", 16.5)
    [f] = of(d.flags("2026-03-03T12:00"), "tizanidine.single-dose")
    assert "16.5 mg" in f.title


def test_step_up_boundary_and_break_of_7_days():
    d = Diary()
    d.dose("2026-03-02T08:00", 4)
    d.dose("2026-03-02T20:00", 8)  # 4 mg more: allowed
    assert of(d.flags("2026-03-02T21:00"), "tizanidine.step-up") == []
    d.dose("2026-03-03T08:00", 12.5)  # 4.5 mg more than 8
    [f] = of(d.flags("2026-03-03T09:00"), "tizanidine.step-up")
    assert f.severity == "warning" and "4.5 mg" in f.title
    e = Diary()
    e.dose("2026-03-02T08:00", 4)
    e.dose("2026-03-09T08:00", 12)  # exactly 7 dose-free days: a fresh start
    assert of(e.flags("2026-03-09T09:00"), "tizanidine.step-up") == []


def test_titration_fast_4_8_12_in_one_day():
    d = Diary()
    d.dose("2026-03-02T08:00", 4)
    d.dose("2026-03-02T14:00", 8)
    last = d.dose("2026-03-02T20:00", 12)
    [f] = of(d.flags("2026-03-02T21:00"), "tizanidine.titration-fast")
    assert f.severity == "warning" and f.entries[-1] == last
    assert "24 hours" in f.message
    assert ids(d.flags("2026-03-02T21:00")) == ["tizanidine.titration-fast"]


def test_titration_fast_boundary_24h_between_increases():
    def run(second: str) -> list:
        d = Diary()
        d.dose("2026-03-01T08:00", 4)
        d.dose("2026-03-02T08:00", 6)  # an increase
        d.dose(second, 8)  # another increase
        return of(d.flags("2026-03-04T09:00"), "tizanidine.titration-fast")
    assert len(run("2026-03-03T07:59")) == 1
    assert run("2026-03-03T08:00") == []


def test_titration_first_dose_after_a_break_is_no_increase():
    d = Diary()
    d.dose("2026-03-01T08:00", 2)
    d.dose("2026-03-02T08:00", 4)  # an increase
    d.dose("2026-03-09T08:00", 8)  # 7 dose-free days before it: not an increase
    d.dose("2026-03-09T20:00", 10)  # larger than every dose of the 7 days before
    assert of(d.flags("2026-03-10T09:00"), "tizanidine.titration-fast") == []


def test_tablets_convert_with_the_strength_and_else_raise_unit_unchecked():
    d = Diary()
    a = d.dose("2026-03-02T08:00", 5, unit="tablet")
    [f] = d.flags("2026-03-02T09:00")
    assert f.rule == "tizanidine.unit-unchecked" and f.subject == "tizanidine"
    assert [x.rule for x in d.entry_flags(a)] == ["tizanidine.unit-unchecked"]
    # with the strength from the medicine list: 5 x 4 mg = 20 mg, above the single dose
    [g] = d.flags("2026-03-02T09:00", strengths={"tizanidine": 4})
    assert g.rule == "tizanidine.single-dose" and "20 mg" in g.title
    # mcg and g convert by themselves
    e = Diary()
    e.dose("2026-03-02T08:00", 17000, unit="mcg")
    assert ids(e.flags("2026-03-02T09:00")) == ["tizanidine.single-dose"]


def test_unit_unchecked_is_one_episode_with_a_gap_of_7_days_on_the_dot():
    d = Diary()
    first = d.dose("2026-03-02T08:00", 1, unit="tablet")
    second = d.dose("2026-03-09T08:00", 1, unit="tablet")  # 7 days later: the same episode
    [f] = of(d.flags("2026-03-09T09:00"), "tizanidine.unit-unchecked")
    assert f.first_at == T("2026-03-02T08:00") and f.at == T("2026-03-09T08:00")
    assert d.entry_flags(first) and d.entry_flags(second) == []
    third = d.dose("2026-03-16T08:01", 1, unit="tablet")  # 7 days and 1 minute: a new one
    [g] = of(d.flags("2026-03-16T09:00"), "tizanidine.unit-unchecked")
    assert g.first_at == g.at == T("2026-03-16T08:01")
    assert [x.rule for x in d.entry_flags(third)] == ["tizanidine.unit-unchecked"]


def test_formulation_switch_is_ongoing_with_a_gap_of_14_days():
    d = Diary()
    d.dose("2026-03-02T08:00", 4, form="tablet")
    b = d.dose("2026-03-02T14:00", 4, form="capsule")
    c = d.dose("2026-03-02T20:00", 4, form="tablet")
    [f] = of(d.flags("2026-03-03T09:00"), "tizanidine.formulation-switch")
    assert f.first_at == T("2026-03-02T14:00") and f.at == T("2026-03-02T20:00")
    assert [x.rule for x in d.entry_flags(b)] == ["tizanidine.formulation-switch"]
    assert d.entry_flags(c) == []


def test_course_length_one_episode_per_course():
    d = Diary()
    d.daily("2026-03-01", 23, times=("08:00",), amount=10, drug="cyclobenzaprine")
    [f] = of(d.flags("2026-03-23T12:00", since="2026-03-01T00:00"),
             "cyclobenzaprine.course-length")
    # 21 days are reached on 22 Mar 08:00; more than 21 days: the dose of 23 Mar
    assert f.first_at == T("2026-03-23T08:00")
    d.daily("2026-04-10", 23, times=("08:00",), amount=10, drug="cyclobenzaprine")  # a new course
    got = of(d.flags("2026-05-02T12:00", since="2026-03-01T00:00"),
             "cyclobenzaprine.course-length")
    assert len(got) == 2


# --------------------------------------------------------------------------- 3.2
def test_withdrawal_time_is_last_dose_plus_36h_strictly_more():
    d = Diary()
    last = _regular(d)[-1]  # 2026-04-07 20:00
    assert of(d.flags("2026-04-09T08:00"), "tizanidine.withdrawal") == []  # exactly 36 h
    [f] = of(d.flags("2026-04-09T08:01"), "tizanidine.withdrawal")
    assert f.at == T("2026-04-09T08:00") and f.entries == (last,)
    assert f.severity == "warning"
    for sign in ("fast heartbeat", "high blood pressure"):
        assert sign in f.message
    assert "log it" in f.message and "on your own" in f.message


def test_withdrawal_after_a_taper_is_info():
    d = Diary()
    d.daily("2026-04-01", 5, amount=4)  # 12 mg a day
    d.daily("2026-04-06", 1, amount=2)  # 6 mg
    d.daily("2026-04-07", 1, times=("08:00", "20:00"), amount=2)  # 4 mg
    d.daily("2026-04-08", 1, times=("08:00",), amount=4)  # 4 mg: non-increasing, <= 4 mg
    [f] = of(d.flags("2026-04-10T12:00"), "tizanidine.withdrawal")
    assert f.severity == "info"
    assert "nothing more is needed" in f.message and "watch for" in f.message


def test_baclofen_withdrawal_is_danger_and_names_its_own_signs():
    d = Diary()
    _regular(d, amount=10, drug="baclofen")
    [f] = of(d.flags("2026-04-10T12:00"), "baclofen.withdrawal")
    assert f.severity == "danger" and "hallucinations" in f.message and "seizures" in f.message


def test_liver_tests_once_per_course_30_days_after_the_first_dose():
    d = Diary()
    first = d.daily("2026-03-01", 35)[0]
    got = of(d.flags("2026-04-05T12:00", since="2026-03-01T00:00"), "tizanidine.liver-tests")
    # 30 x 24 real hours after 1 Mar 08:00 CET: 31 Mar 09:00 CEST (clocks went forward)
    assert [f.at for f in got] == [T("2026-03-31T09:00")]
    assert got[0].severity == "info" and first in got[0].entries
    assert "liver" in got[0].message
    assert of(d.flags("2026-03-31T08:59", since="2026-03-01T00:00"),
              "tizanidine.liver-tests") == []
    # a course that ended before the 30 days raises nothing
    e = Diary()
    e.daily("2026-03-01", 20)
    assert of(e.flags("2026-04-05T12:00", since="2026-03-01T00:00"),
              "tizanidine.liver-tests") == []


# --------------------------------------------------------------------------- 3.3
def test_interaction_within_48h_on_the_dot_and_not_after():
    d = Diary()
    d.dose("2026-04-01T08:00", 4)
    d.dose("2026-04-03T08:00", 500, drug="ciprofloxacin")  # exactly 48 h later
    [f] = of(d.flags("2026-04-03T09:00"), "interaction.contraindicated")
    assert f.severity == "danger" and f.subject == "tizanidine+ciprofloxacin"
    assert "Before the next dose of either medicine, speak to the prescriber or a " \
           "pharmacist today (out of hours, an urgent-care line)" in f.message
    assert "keep taking" not in f.message.lower() and "stop" not in f.message.lower()
    e = Diary()
    e.dose("2026-04-01T08:00", 4)
    e.dose("2026-04-03T08:01", 500, drug="ciprofloxacin")
    assert of(e.flags("2026-04-03T09:00"), "interaction.contraindicated") == []


def test_interaction_episode_gap_is_the_window():
    d = Diary()
    t1 = d.dose("2026-04-01T08:00", 4)
    c1 = d.dose("2026-04-01T09:00", 500, drug="Cipro XR 500")
    t2 = d.dose("2026-04-01T14:00", 4)
    assert [f.rule for f in d.entry_flags(c1)] == ["interaction.contraindicated"]
    assert d.entry_flags(t2) == [] and d.entry_flags(t1) == []
    [f] = of(d.flags("2026-04-02T09:00"), "interaction.contraindicated")
    assert f.first_at == T("2026-04-01T09:00") and f.at == T("2026-04-01T14:00")


def test_long_acting_patch_uses_its_own_window():
    d = Diary()
    d.dose("2026-04-01T08:00", 0.1, drug="Catapres-TTS", form="patch")
    d.dose("2026-04-09T08:00", 4)  # 8 days later: within 7 days + 48 h
    assert "interaction.alpha2-agonist" in ids(d.flags("2026-04-09T09:00"))
    e = Diary()
    e.dose("2026-04-01T08:00", 0.1, drug="clonidine")  # the tablet: 48 h
    e.dose("2026-04-09T08:00", 4)
    assert "interaction.alpha2-agonist" not in ids(e.flags("2026-04-09T09:00"))


def test_alcohol_within_12h_one_drinking_occasion():
    d = Diary()
    d.dose("2026-04-01T08:00", 4)
    w1 = d.water("2026-04-01T20:00", 330, "alcohol")  # 12 h on the dot: within
    w2 = d.water("2026-04-01T21:00", 330, "alcohol")
    [f] = of(d.flags("2026-04-01T22:00"), "interaction.sedative")
    assert f.subject == "tizanidine+alcohol" and f.first_at == T("2026-04-01T20:00")
    assert [x.rule for x in d.entry_flags(w1)] == ["interaction.sedative"]
    assert d.entry_flags(w2) == []
    e = Diary()
    e.dose("2026-04-01T08:00", 4)
    e.water("2026-04-01T20:01", 330, "alcohol")
    assert e.flags("2026-04-01T22:00") == []


# --------------------------------------------------------------------------- 3.4
def test_red_flag_chest_pain_and_chest_cramp():
    d = Diary()
    d.cramp("2026-04-01T08:00", red_flags=("chest-pain",))
    d.cramp("2026-04-02T08:00", muscle="chest")
    flags = d.flags("2026-04-02T09:00")
    assert sorted(ids(flags)) == ["cramp.chest", "red-flag"]
    rf = of(flags, "red-flag")[0]
    assert rf.severity == "danger" and "now" in rf.message and rf.subject == ""
    ch = of(flags, "cramp.chest")[0]
    assert ch.severity == "warning" and "heart" in ch.message and "emergency" in ch.message


def test_cramp_long_boundary():
    d = Diary()
    d.cramp("2026-04-01T08:00", duration_s=600)
    assert d.flags("2026-04-01T09:00") == []
    d.cramp("2026-04-01T10:00", duration_s=601)
    assert ids(d.flags("2026-04-01T11:00")) == ["cramp.long"]


def test_pattern_sleep_two_woken_in_7_days_one_episode():
    d = Diary()
    d.cramp("2026-04-01T03:00", woke=True)
    second = d.cramp("2026-04-08T03:00", woke=True)  # 7 days on the dot: within
    [f] = of(d.flags("2026-04-08T12:00"), "pattern.sleep")
    assert f.severity == "info" and "2 times" in f.title
    assert [x.rule for x in d.entry_flags(second)] == ["pattern.sleep"]
    third = d.cramp("2026-04-09T03:00", woke=True)
    assert d.entry_flags(third) == []


def test_cramp_associated_printed_once_per_episode():
    d = Diary()
    ids_ = d.daily("2026-04-01", 10, times=("21:00",), amount=20, drug="atorvastatin")
    [f] = d.flags("2026-04-10T22:00")
    assert f.rule == "cramp-associated" and f.subject == "atorvastatin"
    assert f.first_at == T("2026-04-01T21:00")  # the episode began before the 7 days
    assert [x.rule for x in d.entry_flags(ids_[0])] == ["cramp-associated"]
    assert all(d.entry_flags(i) == [] for i in ids_[1:])


def test_quinine_gives_the_us_and_uk_positions():
    d = Diary()
    d.dose("2026-04-01T22:00", 200, drug="quinine")
    [f] = d.flags("2026-04-02T09:00")
    assert f.rule == "quinine.not-for-cramps" and f.severity == "danger"
    assert "US" in f.message and "UK" in f.message and "sleep" in f.message


@pytest.mark.parametrize(("minutes", "pulse", "flagged"), [
    (360, 49, True), (361, 49, False), (120, 50, False)])
def test_low_pulse_within_6h(minutes, pulse, flagged):
    d = Diary()
    d.dose("2026-04-01T08:00", 4)
    d.vitals(T("2026-04-01T08:00") + timedelta(minutes=minutes), pulse=pulse)
    got = of(d.flags("2026-04-01T20:00"), "vitals.low-pulse")
    assert bool(got) is flagged


def test_low_bp_within_6h():
    d = Diary()
    d.dose("2026-04-01T08:00", 4)
    d.vitals("2026-04-01T14:00", 89, 59)
    d.vitals("2026-04-01T14:01", 80, 50)
    got = of(d.flags("2026-04-01T20:00"), "vitals.low-bp")
    assert [f.at for f in got] == [T("2026-04-01T14:00")]


@pytest.mark.parametrize(("typed", "canonical"), [
    ("Passed out", "fainting"), ("yellow eyes", "jaundice"), ("FIT", "seizure"),
    ("short of breath", "breathing-trouble"), ("chest pain", "chest-pain")])
def test_symptom_urgent_through_aliases(typed, canonical):
    d = Diary()
    d.symptom("2026-04-01T08:00", typed)
    [f] = d.flags("2026-04-01T09:00")
    assert f.rule == "symptom.urgent" and f.severity == "danger" and "now" in f.message
    assert f.subject == canonical


def test_symptom_side_effect_within_24h_subject_symptom_drug():
    d = Diary()
    d.dose("2026-04-01T08:00", 4)
    s = d.symptom("2026-04-02T08:00", "Sleepy")  # 24 h on the dot: within
    [f] = d.flags("2026-04-02T09:00")
    assert f.rule == "symptom.side-effect" and f.subject == "drowsiness+tizanidine"
    assert f.severity == "info" and [x.rule for x in d.entry_flags(s)] == ["symptom.side-effect"]
    e = Diary()
    e.dose("2026-04-01T08:00", 4)
    e.symptom("2026-04-02T08:01", "drowsiness")
    assert e.flags("2026-04-02T09:00") == []
    # a name with no canonical form raises no symptom rule
    g = Diary()
    g.dose("2026-04-01T08:00", 4)
    g.symptom("2026-04-01T09:00", "itchy elbow")
    assert g.flags("2026-04-02T09:00") == []


def test_unrecognised_names_close_catalog_names():
    d = Diary()
    d.dose("2026-04-01T08:00", 4, drug="tizanadine")
    [f] = d.flags("2026-04-01T09:00")
    assert f.rule == "drug.unrecognised" and f.subject == "tizanadine"
    assert "tizanidine" in f.message


def test_caution_needs_the_profile():
    d = Diary()
    a = d.dose("2026-04-01T08:00", 4)
    assert d.flags("2026-04-01T09:00") == []
    got = d.flags("2026-04-01T09:00", profile=Profile(conditions=frozenset({"liver"})))
    assert [(f.rule, f.subject, f.severity) for f in got] == \
        [("tizanidine.caution", "tizanidine+liver", "warning")]
    old = d.flags("2026-04-01T09:00", profile=Profile(birth_year=1960))
    assert [f.subject for f in old] == ["tizanidine+age-65"]
    assert d.flags("2026-04-01T09:00", profile=Profile(birth_year=1962)) == []
    assert [f.rule for f in d.entry_flags(a, profile=Profile(birth_year=1950))] == \
        ["tizanidine.caution"]


# --------------------------------------------------------------------------- selection
def test_out_of_order_edit_and_delete():
    d = Diary()
    late = d.dose("2026-04-01T14:00", 4)
    early = d.dose("2026-04-01T09:00", 4)  # logged later, taken earlier: 5 h apart
    [f] = d.flags("2026-04-01T20:00")
    assert f.rule == "tizanidine.interval" and f.entries == (early, late)
    assert [x.rule for x in d.entry_flags(early)] == ["tizanidine.interval"]
    d.replace(early, at=T("2026-04-01T08:30"))  # edit: 5 h 30 min apart
    assert d.flags("2026-04-01T20:00") == []
    d.replace(early, at=T("2026-04-01T08:31"))
    assert ids(d.flags("2026-04-01T20:00")) == ["tizanidine.interval"]
    d.remove(early)
    assert d.flags("2026-04-01T20:00") == []


def test_deleting_the_first_occurrence_moves_the_episode_start():
    d = Diary()
    a = d.dose("2026-04-01T08:00", 20, drug="atorvastatin")
    b = d.dose("2026-04-02T08:00", 20, drug="atorvastatin")
    assert d.entry_flags(b) == []
    d.remove(a)
    assert [x.rule for x in d.entry_flags(b)] == ["cramp-associated"]


def test_flag_counts_events_and_episodes():
    d = Diary()
    d.daily("2026-04-01", 10, times=("21:00",), amount=20, drug="atorvastatin")
    d.dose("2026-04-02T08:00", 4)
    d.dose("2026-04-02T09:00", 4)
    d.dose("2026-04-03T08:00", 4)
    d.dose("2026-04-03T09:00", 4)
    got = rules.flag_counts(d.history(), T("2026-04-01T00:00"), T("2026-04-11T00:00"))
    assert got["cramp-associated"]["episodes"] == 1
    assert got["cramp-associated"]["events"] == 10
    assert got["tizanidine.interval"] == {"severity": "warning", "kind": "event",
                                          "events": 2, "episodes": 0}


def test_plurals_one_dose():
    info = {"drug": "tizanidine", "last_dose_at": "2026-04-01T08:00:00+02:00",
            "earliest_next_at": "2026-04-01T13:30:00+02:00", "doses_last_24h": 1,
            "mg_last_24h": 4, "mg_left_24h": 32}
    text = rules.describe_next_dose(info, T("2026-04-01T09:00"))
    assert "1 dose," in text and "1 doses" not in text


# --------------------------------------------------------------------------- DST
@pytest.fixture
def new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()


def test_count_window_across_fall_back_in_new_york(new_york):
    # 1 Nov 2026, 02:00 EDT -> 01:00 EST: the wall clock shows 23 h 29 min, 22 h 29 min passed
    d = Diary()
    d.dose("2026-10-31T08:00", 2)
    d.dose("2026-10-31T14:00", 2)
    d.dose("2026-10-31T20:00", 2)
    d.dose("2026-11-01T05:29", 2)  # 22 h 29 min after 08:00 EDT
    assert ids(d.flags("2026-11-01T09:00")) == ["tizanidine.doses-24h"]
    e = Diary()
    for t in ("2026-10-31T08:00", "2026-10-31T14:00", "2026-10-31T20:00", "2026-11-01T05:30"):
        e.dose(t, 2)
    assert e.flags("2026-11-01T09:00") == []


def test_interval_across_spring_forward_in_berlin():
    # 29 Mar 2026 02:00 -> 03:00: 01:30 to 08:00 on the wall clock is 5 h 30 min
    d = Diary()
    d.dose("2026-03-29T01:30", 4)
    d.dose("2026-03-29T07:59", 4)  # 5 h 29 min really passed
    assert ids(d.flags("2026-03-29T09:00")) == ["tizanidine.interval"]
    e = Diary()
    e.dose("2026-03-29T01:30", 4)
    e.dose("2026-03-29T08:00", 4)
    assert e.flags("2026-03-29T09:00") == []


def test_flags_for_entries_gives_each_flag_once():
    d = Diary()
    a = d.dose("2026-04-01T08:00", 4)
    b = d.dose("2026-04-01T09:00", 4)
    c = d.dose("2026-04-01T21:00", 20, drug="atorvastatin")
    e = d.dose("2026-04-02T21:00", 20, drug="atorvastatin")
    got = rules.flags_for_entries(d.history(), [a, b, c, e])
    assert sorted(f.rule for f in got) == ["cramp-associated", "tizanidine.interval"]


def test_amiodarone_window_is_long():
    d = Diary()
    d.dose("2026-04-01T08:00", 200, drug="amiodarone")
    d.dose("2026-04-30T08:00", 4)  # 29 days later: still within its own window
    got = of(d.flags("2026-04-30T09:00"), "interaction.cyp1a2")
    assert [f.subject for f in got] == ["tizanidine+amiodarone"]
    e = Diary()
    e.dose("2026-04-01T08:00", 20, drug="famotidine")  # an ordinary 48 h window
    e.dose("2026-04-04T08:00", 4)
    assert of(e.flags("2026-04-04T09:00"), "interaction.cyp1a2") == []


def test_every_message_is_plain_and_never_prescribes():
    import re

    bad = re.compile(r"\b(stop taking|start taking|keep taking|take (another|more|less|an "
                     r"extra)|skip (the|your|a) dose|(increase|decrease|reduce|double) (the|your) "
                     r"dose|1 doses|1 days|1 hours)\b", re.IGNORECASE)
    d = Diary()
    d.daily("2026-03-01", 40, amount=8)
    d.dose("2026-04-09T23:00", 17)
    d.dose("2026-04-10T00:30", 4, unit="tablet")
    d.dose("2026-04-10T01:00", 500, drug="ciprofloxacin")
    d.dose("2026-04-10T02:00", 0.1, drug="clonidine")
    d.dose("2026-04-10T03:00", 200, drug="quinine")
    d.dose("2026-04-10T04:00", 20, drug="atorvastatin")
    d.dose("2026-04-10T05:00", 1, drug="Zorgonex")
    d.water("2026-04-10T06:00", 330, "alcohol")
    d.vitals("2026-04-10T07:00", 85, 55, 45)
    d.symptom("2026-04-10T08:00", "passed out")
    d.symptom("2026-04-10T09:00", "dizzy")
    d.cramp("2026-04-10T10:00", duration_s=900, muscle="chest", red_flags=("weakness",))
    flags = d.flags("2026-04-12T12:00", profile=Profile(1950, frozenset({"kidney"})))
    assert len({f.rule for f in flags}) >= 15
    for f in flags:
        assert f.title and f.message and f.source, f.rule
        assert not bad.search(f.message) and not bad.search(f.title), (f.rule, f.message)


def test_long_window_runs_after_the_long_acting_dose_only():
    d = Diary()
    d.dose("2026-04-01T08:00", 4)  # tizanidine first
    d.dose("2026-04-05T08:00", 0.1, drug="Catapres-TTS")  # the patch 4 days later
    assert "interaction.alpha2-agonist" not in ids(d.flags("2026-04-05T09:00"))
    d.dose("2026-04-07T08:00", 4)  # tizanidine while the patch acts
    [f] = of(d.flags("2026-04-07T09:00"), "interaction.alpha2-agonist")
    assert f.subject == "tizanidine+clonidine-transdermal"
