"""Issue 18: the Today numbers and next-dose cards are a core use case (``core.today``):
which drugs get a card, what a card says, with datetimes, no Qt."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from types import SimpleNamespace

from crampdiary.core import today
from crampdiary.core import use_cases as uc
from crampdiary.core.records import Dose, History

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)


def dose(i: int, drug: str, key: str | None, hours_ago: float, amount: float = 2,
         unit: str = "mg") -> Dose:
    return Dose(i, NOW - timedelta(hours=hours_ago), drug, amount, key, unit)


def med(name: str, stopped: date | None = None) -> SimpleNamespace:
    return SimpleNamespace(name=name, stopped_on=stopped)


def test_cards_for_listed_and_recent_drugs_with_timing_limits_each_once():
    hist = History(doses=[
        dose(1, "Baclofen", "baclofen", 47),  # recent (48 h), has a daily maximum
        dose(2, "Methocarbamol", "methocarbamol", 1),  # recent, but no timing limits
        dose(3, "Cyclobenzaprine", "cyclobenzaprine", 49),  # too long ago, not listed
        dose(4, "Zanaflex", "tizanidine", 2),  # listed below under another name
    ])
    meds = [med("tizanidine"), med("carisoprodol", stopped=date(2026, 3, 1))]
    drugs = today.next_dose_drugs(hist, meds, NOW)
    assert [d.key for d in drugs] == ["tizanidine", "baclofen"]


def test_a_stopped_medicine_gets_no_card_even_when_dosed_recently():
    hist = History(doses=[dose(1, "Carisoprodol", "carisoprodol", 3)])
    stopped = [med("carisoprodol", stopped=date(2026, 3, 9))]
    assert today.next_dose_drugs(hist, stopped, NOW) == []
    # a dose of a drug not on the list at all still gets its card
    assert [d.key for d in today.next_dose_drugs(hist, [], NOW)] == ["carisoprodol"]
    # a stop date still ahead leaves the medicine current
    ahead = [med("carisoprodol", stopped=date(2026, 3, 20))]
    assert [d.key for d in today.next_dose_drugs(History(), ahead, NOW)] == ["carisoprodol"]
    # the same drug current under another name keeps its card
    both = [med("carisoprodol", stopped=date(2026, 3, 9)), med("Soma")]
    assert [d.key for d in today.next_dose_drugs(hist, both, NOW)] == ["carisoprodol"]


def test_card_holds_datetimes_and_the_day_in_mg():
    from crampdiary.core.catalog import load_catalog

    tiz = load_catalog().resolve("tizanidine")
    assert tiz is not None
    hist = History(doses=[dose(1, "Tizanidine", "tizanidine", 30, 4),
                          dose(2, "Tizanidine", "tizanidine", 5, 4),
                          dose(3, "Tizanidine", "tizanidine", 1, 2)])
    card = today.next_dose_card(hist, tiz, NOW)
    assert card.name == tiz.name
    assert card.last_dose_at == NOW - timedelta(hours=1)
    assert isinstance(card.earliest_next_at, datetime) and card.earliest_next_at.tzinfo
    assert card.earliest_next_at > NOW  # 2 mg an hour ago: not yet
    assert (card.doses_24h, card.mg_24h, card.last_amount) == (2, 6.0, "2 mg")
    assert card.max_mg == tiz.limit("max_daily_mg")
    assert card.mg_left == tiz.limit("max_daily_mg") - 6


def test_card_counts_tablets_in_mg_with_the_medicine_strength():
    from crampdiary.core.catalog import load_catalog

    tiz = load_catalog().resolve("tizanidine")
    assert tiz is not None
    hist = History(doses=[dose(1, "Tizanidine", "tizanidine", 2, 2, unit="tablet")])
    assert today.next_dose_card(hist, tiz, NOW, {"tizanidine": 4.0}).mg_24h == 8.0
    assert today.next_dose_card(hist, tiz, NOW, {}).mg_24h == 0.0  # no strength, no mg


def test_today_numbers_from_the_diary(diary):
    now = NOW
    uc.log_entry(diary, "water", {"ml": 300, "at": now - timedelta(minutes=5)})
    uc.log_entry(diary, "cramp", {"muscle": "calf", "severity": 7, "at": now - timedelta(minutes=4),
                                  "red_flags": ["dark-urine"]})
    uc.log_entry(diary, "dose", {"drug": "tizanidine", "amount": 2,
                                 "at": now - timedelta(minutes=3)})
    out = today.gather(diary, [med("tizanidine")], now)
    assert (out.cramps, out.worst, out.water_ml, out.entries_today) == (1, 7, 300, 3)
    assert out.red_flags == [(now - timedelta(minutes=4), ["dark-urine"])]
    assert [c.name for c in out.next_doses] == ["tizanidine"]
    assert out.next_doses[0].last_dose_at == now - timedelta(minutes=3)


def test_the_command_lines_next_dose_is_the_windows_card(data_dir, cli):
    """Issue 18: ``next-dose`` asks ``core.today`` for the same card the window shows;
    its JSON (CONTRACT section 1) and text come from that card."""
    import json

    from crampdiary.core.db import open_diary
    from crampdiary.core.timeutil import parse_datetime

    for at, amount, unit in (("2026-03-09T20:00", "4", "mg"), ("2026-03-10T07:00", "1", "tablet"),
                             ("2026-03-10T11:00", "2", "mg")):
        assert cli("log", "dose", "--drug", "Zanaflex", "--amount", amount, "--unit", unit,
                   "--at", at).rc == 0
    assert cli("medicine", "add", "tizanidine", "--strength-mg", "4").rc == 0
    now = parse_datetime("2026-03-10T12:00")
    with open_diary() as d:
        card = today.next_dose_for(d, "Sirdalud", now)
        _flags, cards = today.judge(d, uc.list_medicines(d), now)
    assert [c.drug for c in cards] == ["tizanidine"]
    assert cards[0] == card  # one computation for the window and the command line
    assert (card.doses_24h, card.mg_24h, card.last_amount) == (3, 10.0, "2 mg")
    assert card.last_dose_at == parse_datetime("2026-03-10T11:00")
    got = cli("next-dose", "tizanidine", "--at", "2026-03-10T12:00", "--json")
    assert got.rc == 0
    assert json.loads(got.out) == card.to_json() == {
        "drug": "tizanidine", "last_dose_at": "2026-03-10T11:00:00+01:00",
        "earliest_next_at": "2026-03-10T18:30:00+01:00", "doses_last_24h": 3,  # 20:00 + 22 h 30
        "mg_last_24h": 10, "mg_left_24h": 26}
    text = cli("next-dose", "tizanidine", "--at", "2026-03-10T12:00")
    assert text.rc == 0 and text.out == card.describe(now) + "\n"
    assert "In the last 24 hours: 3 doses, 10 mg." in text.out
    refused = cli("next-dose", "Mystery", "--json")
    assert refused.rc == 2 and "drug" in refused.err
