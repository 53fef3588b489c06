"""Every title and message of the flags, in plain words.

Numbers come from the hit's data, which the detectors read from the catalog; no
sentence here states a window or a limit by itself.  Every sentence goes through
``core.i18n.tr``/``ntr`` (context ``rules``), plurals through ``ntr``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from ..catalog import catalog_text
from ..i18n import ntr, short_date, tr
from ..records import num
from ..timeutil import to_local
from ..vocab import drug_word, inline_word, word
from .model import Hit

C = "rules"


# --------------------------------------------------------------------------- pieces
def when(dt: datetime) -> str:
    """'Sun 29 Mar 06:30' in local time."""
    loc = to_local(dt)
    return f"{short_date(loc.date())} {loc:%H:%M}"


def day(d: date) -> str:
    """'Sun 29 Mar' (in the program's language)."""
    return short_date(d)


def n(x: float | None) -> str:
    if x is None:
        return "?"
    return str(num(round(float(x), 3)))


def mg(x: float | None) -> str:
    return tr(C, "{x} mg").format(x=n(x))


def hours(h: float) -> str:
    return ntr(C, "{n} hour", "{n} hours", num(round(h, 2)))  # type: ignore[arg-type]


def days(d: float) -> str:
    return ntr(C, "{n} day", "{n} days", num(round(d, 2)))  # type: ignore[arg-type]


def span(td: timedelta) -> str:
    """A window from the catalog: '48 hours', '7 days', '22 hours 30 minutes'."""
    mins = round(td.total_seconds() / 60)
    if mins % (24 * 60) == 0 and mins >= 24 * 60 * 2:
        return days(mins // (24 * 60))
    h, m = divmod(mins, 60)
    if m == 0:
        return hours(h)
    if h == 0:
        return ntr(C, "{n} minute", "{n} minutes", m)
    return hours(h) + " " + ntr(C, "{n} minute", "{n} minutes", m)


def gap(td: timedelta) -> str:
    """An elapsed time in plain words: '5 h 29 min', '36 h', '2 days 4 h'."""
    mins = int(round(td.total_seconds() / 60))
    d, rem = divmod(mins, 24 * 60)
    h, m = divmod(rem, 60)
    parts = []
    if d >= 2 or (d == 1 and (h or m)):
        parts.append(days(d))
    else:
        h += d * 24
    if h:
        parts.append(tr(C, "{h} h").format(h=h))
    if m and d < 2:
        parts.append(tr(C, "{m} min").format(m=m))
    return " ".join(parts) or tr(C, "0 min")


def dose(d: Any) -> str:
    return f"{n(d.amount)} {d.unit or 'mg'}"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def listing(items: list[str]) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return tr(C, "{a} and {b}").format(a=", ".join(items[:-1]), b=items[-1])


def drug_name(drug: Any) -> str:
    """A catalog drug's name inside a sentence: as the catalog spells it, but with a
    capital in German, where every noun has one (``Tizanidine``)."""
    return drug_word(str(getattr(drug, "name", drug)))


def talk() -> str:
    return tr(C, "Please talk to your prescriber or pharmacist about it.")


def since(first_at: datetime, at: datetime) -> str:
    if first_at >= at:
        return ""
    return " " + tr(C, "This has been going on since {when}.").format(when=when(first_at))


# --------------------------------------------------------------------------- rules
def _interval(h: Hit) -> tuple[str, str]:
    D = h.data
    name, prev, d = drug_name(D["drug"]), D["prev"], D["dose"]
    g = d.at - prev.at
    return (tr(C, "{drug}: doses only {gap} apart").format(drug=name, gap=gap(g)),
            tr(C, "You logged {drug} {a} at {t1} and {b} at {t2}, {gap} apart. The label says "
                  "to leave at least {limit} between doses (the diary allows {early} early "
                  "for real life). If a time is wrong, correct the entry.").format(
                drug=name, a=dose(prev), t1=when(prev.at), b=dose(d), t2=when(d.at), gap=gap(g),
                limit=hours(D["min_h"]), early=span(D["early"])) + " " + talk())


def _doses24(h: Hit) -> tuple[str, str]:
    D = h.data
    name, c = drug_name(D["drug"]), D["count"]
    return (ntr(C, "{drug}: {n} dose within {window}", "{drug}: {n} doses within {window}",
                c).format(drug=name, window=span(D["window"])),
            tr(C, "The {drug} dose at {t} is dose number {count} since {first}, within "
                  "{window}. The label allows at most {limit} in {day}.").format(
                drug=name, t=when(D["dose"].at), count=c, first=when(D["first"].at),
                window=span(D["window"]), day=span(D["day"]),
                limit=ntr(C, "{n} dose", "{n} doses", int(D["max_n"]))) + " " + talk() + " "
            + tr(C, "If you feel very drowsy, dizzy or faint, get medical help."))


def _dailymax(h: Hit) -> tuple[str, str]:
    D = h.data
    name = drug_name(D["drug"])
    return (tr(C, "{drug}: {total} within {window}").format(
                drug=name, total=mg(D["total"]), window=span(D["window"])),
            tr(C, "With the dose at {t} you logged {total} of {drug} within {window} "
                  "({count}). The label's maximum is {limit} in {day}.").format(
                t=when(D["dose"].at), total=mg(D["total"]), drug=name, window=span(D["window"]),
                day=span(D["day"]),
                count=ntr(C, "{n} dose", "{n} doses", D["count"]), limit=mg(D["max_mg"]))
            + " " + talk() + " "
            + tr(C, "If you feel very drowsy, dizzy or faint, get medical help."))


def _single(h: Hit) -> tuple[str, str]:
    D = h.data
    name = drug_name(D["drug"])
    return (tr(C, "{drug}: a single dose of {mg}").format(drug=name, mg=mg(D["mg"])),
            tr(C, "You logged one dose of {mg} of {drug} at {t}. Single doses above {limit} go "
                  "beyond what the label covers. If the amount is wrong, correct the "
                  "entry.").format(mg=mg(D["mg"]), drug=name, t=when(D["dose"].at),
                                   limit=mg(D["max_mg"])) + " " + talk())


def _stepup(h: Hit) -> tuple[str, str]:
    D = h.data
    name = drug_name(D["drug"])
    return (tr(C, "{drug}: dose raised by {mg}").format(drug=name, mg=mg(D["mg"] - D["top"])),
            tr(C, "The {drug} dose at {t} was {mg}; the largest dose in the {span} before was "
                  "{top} ({t2}). The label raises the dose in steps of at most {step}. If this "
                  "step was not agreed with your prescriber, talk to them about it.").format(
                drug=name, t=when(D["dose"].at), mg=mg(D["mg"]), span=span(D["span"]),
                top=mg(D["top"]), t2=when(D["top_dose"].at), step=mg(D["step"])))


def _titration(h: Hit) -> tuple[str, str]:
    D = h.data
    name = drug_name(D["drug"])
    g = D["dose"].at - D["prev"].at
    return (tr(C, "{drug}: dose raised again after {gap}").format(drug=name, gap=gap(g)),
            tr(C, "The {drug} dose went up to {mg} at {t}, {gap} after the last increase "
                  "(to {prev} at {t2}). The label leaves at least {limit} between increases, "
                  "so each step can be judged before the next. If this was not agreed with "
                  "your prescriber, talk to them about it.").format(
                drug=name, mg=mg(D["mg"]), t=when(D["dose"].at), gap=gap(g),
                prev=mg(D["prev_mg"]), t2=when(D["prev"].at), limit=hours(D["min_h"])))


def _unit(h: Hit) -> tuple[str, str]:
    D = h.data
    name = drug_name(D["drug"])
    return (tr(C, "{drug}: amount not in mg, limits not checked").format(drug=name),
            tr(C, "The {drug} dose at {t} was logged as {amount}, which the diary cannot turn "
                  "into mg, so the daily and single-dose limits were not checked. Add the "
                  "strength to your medicine list (mg per tablet, capsule or ml), or log the "
                  "dose in mg.").format(drug=name, t=when(D["dose"].at), amount=dose(D["dose"])))


def _formulation(h: Hit) -> tuple[str, str]:
    D = h.data
    name = drug_name(D["drug"])
    parts = []
    for what, old, new in D["changes"]:
        if what == "form":
            parts.append(tr(C, "{old} on {t}, {new} now").format(
                old=inline_word("form", old.form), t=when(old.at),
                new=inline_word("form", new.form)))
        else:
            def food(v: bool | None) -> str:
                return tr(C, "with food") if v else tr(C, "without food")
            parts.append(tr(C, "{old} on {t}, {new} now").format(
                old=food(old.with_food), t=when(old.at), new=food(new.with_food)))
    return (tr(C, "{drug}: taken differently from before").format(drug=name),
            tr(C, "The {drug} dose at {t} was taken differently: {changes}. The label says "
                  "tablets and capsules, and taking it with or without food, can change how "
                  "much reaches the blood, so the effect may be stronger or weaker.").format(
                drug=name, t=when(D["dose"].at), changes="; ".join(parts)) + " " + talk())


def _course(h: Hit) -> tuple[str, str]:
    D = h.data
    name = drug_name(D["drug"])
    return (tr(C, "{drug}: taken for more than {days}").format(drug=name,
                                                               days=days(D["max_days"])),
            tr(C, "You have logged {drug} since {start}, {gap} by {t}. The label means it for "
                  "short courses of up to {days}.").format(
                drug=name, start=when(D["start"]), gap=gap(D["dose"].at - D["start"]),
                t=when(D["dose"].at), days=days(D["max_days"])) + " " + talk())


def _withdrawal(h: Hit) -> tuple[str, str]:
    D = h.data
    name = drug_name(D["drug"])
    g = hours(D["gap"] / timedelta(hours=1))
    signs = listing([catalog_text(s) for s in D["signs"]])
    title = tr(C, "{drug}: no dose logged for more than {gap}").format(drug=name, gap=g)
    head = tr(C, "You took {drug} regularly; the last dose in the diary was at {t}, and more "
                 "than {gap} passed without another (by {due}).").format(
        drug=name, t=when(D["dose"].at), gap=g, due=when(h.at))
    if D["taper"]:
        msg = head + " " + tr(C, "The doses came down step by step before that, as in a "
                                 "planned stop. If the stop was planned with your prescriber, "
                                 "nothing more is needed.")
        if signs:
            msg += " " + tr(C, "In the next days, watch for {signs}, and tell your prescriber "
                               "if they come.").format(signs=signs)
        msg += " " + tr(C, "If you did take a dose and only forgot to log it, log it now.")
        return title, msg
    msg = head
    if D["high"]:
        msg += " " + tr(C, "Over the {days} up to then you took {mean} a day on average, which "
                           "makes stopping suddenly riskier.").format(
            days=days(D["high_days"] or 0), mean=mg(round(D["mean"], 1)))
    msg += " " + tr(C, "The label warns that stopping suddenly can cause withdrawal effects")
    msg += (tr(C, " such as {signs}.").format(signs=signs) if signs else ".")
    msg += " " + tr(C, "Do not stop it on your own: contact your prescriber about how to go on. "
                       "If you did take a dose and only forgot to log it, log it now. If you "
                       "feel very unwell, get medical help now.")
    return title, msg


def _taper(h: Hit) -> tuple[str, str]:
    D = h.data
    name = drug_name(D["drug"])
    drop = D["prev"] - D["total"]
    return (tr(C, "{drug}: daily amount dropped by {mg}").format(drug=name, mg=mg(drop)),
            tr(C, "On {day} you logged {total} of {drug} in total, {drop} less than the {prev} "
                  "of {prev_day}. After weeks of high doses (about {mean} a day), the label "
                  "lowers the dose by at most {step} a day, because a fast drop can cause "
                  "withdrawal effects. Talk to your prescriber about how to go on; do not "
                  "decide it on your own.").format(
                day=day(D["day"]), total=mg(D["total"]), drug=name, drop=mg(drop),
                prev=mg(D["prev"]), prev_day=day(D["prev_day"]), mean=mg(round(D["mean"], 1)),
                step=mg(D["step"])))


def _liver(h: Hit) -> tuple[str, str]:
    D = h.data
    name = drug_name(D["drug"])
    text = catalog_text(D["text"]) if D["text"] else tr(C, "the label recommends liver "
                                                                "blood tests")
    return (tr(C, "{drug}: liver blood tests").format(drug=name),
            tr(C, "You have taken {drug} regularly since {start}, {days} ago. {text}. If you "
                  "have not had them, ask your prescriber whether they are due.").format(
                drug=name, start=when(D["start"]), days=days(D["delay"].days),
                text=cap(text.rstrip("."))))


def _rows() -> dict[str, tuple[str, str]]:
    """The interaction rows' title and label sentence, in the program's language."""
    return {
        "contraindicated": (
            tr(C, "{subject} with {other}: a combination the label forbids"),
            tr(C, "The {subject} label says it must not be taken together with {other}: "
                  "{other} blocks the liver enzyme that clears {subject}, so its level can "
                  "rise many times over and cause very low blood pressure, a slow heartbeat "
                  "and heavy drowsiness.")),
        "alpha2-agonist": (
            tr(C, "{subject} with {other}: two medicines of the same kind"),
            tr(C, "The {subject} label advises against using it with other alpha-2 agonists "
                  "such as {other}: together they can lower blood pressure and heart rate too "
                  "much.")),
        "cyp1a2": (
            tr(C, "{subject} with {other}: may raise the {subject} level"),
            tr(C, "{other} slows the liver enzyme that clears {subject}; the label says to "
                  "avoid the combination, as {subject} can build up and cause low blood "
                  "pressure and drowsiness.")),
        "antihypertensive": (
            tr(C, "{subject} with {other}: blood pressure may drop"),
            tr(C, "{subject} lowers blood pressure, and so does {other}; the label warns that "
                  "together they can make it drop too far (dizziness, fainting on standing "
                  "up).")),
        "sedative": (
            tr(C, "{subject} with {other}: extra drowsiness"),
            tr(C, "{subject} and {other} both make you drowsy and slow; the label warns the "
                  "effects add up, which matters for driving, falls and breathing.")),
    }


def _todo(severity: str) -> str:
    if severity == "danger":
        return tr(C, "Before the next dose of either medicine, speak to the prescriber or a "
                     "pharmacist today (out of hours, an urgent-care line). If you feel faint, "
                     "very drowsy or confused, get medical help now.")
    return tr(C, "Talk to your prescriber or pharmacist about taking them together. Do not "
                 "drive or use machines if you feel drowsy or dizzy.")


def _interaction(h: Hit) -> tuple[str, str]:
    D = h.data
    s, o = D["s"], D["o"]
    sub = drug_name(D["subject"])
    other = drug_name(D["other"]) if "other" in D else tr(C, "alcohol")
    title, says = _rows().get(D["row"], (tr(C, "{subject} with {other}"),
                                         tr(C, "The label warns about using these two "
                                               "together.")))
    if "other" in D:
        seen = tr(C, "You logged {a} at {t1} and {b} at {t2}, {gap} apart.").format(
            a=sub, t1=when(s.at), b=other, t2=when(o.at), gap=gap(abs(o.at - s.at)))
    else:
        seen = tr(C, "You logged {a} at {t1} and an alcoholic drink at {t2}, {gap} "
                     "apart.").format(a=sub, t1=when(s.at), t2=when(o.at),
                                      gap=gap(abs(o.at - s.at)))
    return (cap(title.format(subject=sub, other=other)),
            seen + " " + cap(says.format(subject=sub, other=other)) + " "
            + _todo(h.severity))


def _redflag(h: Hit) -> tuple[str, str]:
    c = h.data["cramp"]
    what = "; ".join(word("red-flag", f) for f in c.red_flags)
    return (tr(C, "Warning sign logged: seek care now"),
            tr(C, "With the cramp at {t} you noted: {what}. Together with cramps this can be a "
                  "sign of a serious problem. Seek care now: call your emergency number or go "
                  "to an emergency department. Do not wait for your next appointment, and do "
                  "not wait to see if it passes.").format(t=when(c.at), what=what))


def _chest(h: Hit) -> tuple[str, str]:
    c = h.data["cramp"]
    return (tr(C, "A cramp in the chest"),
            tr(C, "You logged a cramp in the chest at {t}. Chest pain can come from the heart. "
                  "Call your emergency number now if it feels like pressure or tightness, "
                  "spreads to an arm, the jaw or the back, or comes with breathlessness, "
                  "sweating or feeling sick. Otherwise, mention it to your doctor.").format(
                t=when(c.at)))


def _long(h: Hit) -> tuple[str, str]:
    c = h.data["cramp"]
    d = gap(timedelta(seconds=c.duration_s))
    return (tr(C, "A long cramp: {d}").format(d=d),
            tr(C, "The cramp at {t} lasted {d}. Most cramps pass within a few minutes; one that "
                  "lasts longer than {limit} is worth mentioning to your doctor. If the muscle "
                  "stays hard, swollen or weak, or your urine turns dark, get medical help "
                  "now.").format(t=when(c.at), d=d,
                                 limit=span(timedelta(seconds=h.data["limit_s"]))))


def _frequent(h: Hit) -> tuple[str, str]:
    D = h.data
    return (ntr(C, "{n} cramp in {span}", "{n} cramps in {span}", D["n"]).format(
                span=span(D["span"])),
            ntr(C, "You logged {n} cramp between {a} and {b}.",
                "You logged {n} cramps between {a} and {b}.", D["n"]).format(
                a=when(D["first"].at), b=when(D["last"].at)) + " "
            + tr(C, "Frequent cramps are worth talking over with your doctor, who can look for "
                    "causes such as medicines, salts in the blood or nerve problems. Bring this "
                    "diary along."))


def _sleep(h: Hit) -> tuple[str, str]:
    D = h.data
    return (ntr(C, "Woken by cramps {n} time in {span}", "Woken by cramps {n} times in {span}",
                D["n"]).format(span=span(D["span"])),
            ntr(C, "Cramps woke you {n} time between {a} and {b}.",
                "Cramps woke you {n} times between {a} and {b}.", D["n"]).format(
                a=when(D["first"].at), b=when(D["last"].at)) + " "
            + tr(C, "Night-time cramps that break your sleep are worth mentioning to your "
                    "doctor. Gentle calf stretches before bed help some people."))


def _assoc(h: Hit) -> tuple[str, str]:
    drug = h.data["drug"]
    reason = catalog_text(drug.cramp_reason) if drug.cramp_reason else tr(
        C, "It is among the medicines that go with muscle cramps.")
    return (tr(C, "{drug} can go with cramps").format(drug=drug_name(drug)),
            tr(C, "You logged {drug} (latest dose {t}). {reason} This does not mean it causes "
                  "your cramps. Mention it to your prescriber when you talk about your "
                  "cramps.").format(drug=drug_name(drug), t=when(h.data["dose"].at), reason=reason))


def _quinine(h: Hit) -> tuple[str, str]:
    D = h.data
    drug = D["drug"]
    pos = {p.get("region"): p.get("text", "") for p in D["positions"] if isinstance(p, dict)}
    parts = [tr(C, "You logged {drug} {amount} at {t}.").format(
        drug=drug_name(drug), amount=dose(D["dose"]), t=when(D["dose"].at))]
    for region in ("US", "UK"):  # the catalog's text names its authority and country
        if pos.get(region):
            parts.append(catalog_text(pos[region]).rstrip(".") + ".")
    if not pos:
        parts.append(tr(C, "Health authorities warn that, used for leg cramps, it has caused "
                           "serious and sometimes life-threatening side effects, such as blood "
                           "problems."))
    parts.append(tr(C, "Talk to your prescriber soon about it. If you have unusual bleeding or "
                       "bruising, a racing or irregular heartbeat, a rash or trouble breathing, "
                       "get medical help now."))
    return tr(C, "{drug} is not a routine treatment for cramps").format(drug=drug_name(drug)), \
        " ".join(parts)


def _caution(h: Hit) -> tuple[str, str]:
    D = h.data
    drug = D["drug"]
    cond = {"liver": tr(C, "liver problems"), "kidney": tr(C, "kidney problems"),
            "pregnant": tr(C, "pregnancy"), "breastfeeding": tr(C, "breastfeeding")}.get(
        D["condition"], tr(C, "older age"))
    text = catalog_text(D["text"]).rstrip(".")
    return (tr(C, "{drug} and {cond}: what the label says").format(drug=drug_name(drug), cond=cond),
            tr(C, "You logged {drug} at {t}, and your profile notes {cond}. {text}. Your "
                  "prescriber may already have taken this into account; if you are not sure, "
                  "ask them.").format(drug=drug_name(drug), t=when(D["dose"].at), cond=cond,
                                      text=cap(text) if text else ""))


def _reading(key: str) -> str:
    return {"systolic": tr(C, "systolic"), "diastolic": tr(C, "diastolic"),
            "pulse": tr(C, "pulse")}.get(key, key)


def _lowbp(h: Hit) -> tuple[str, str]:
    D = h.data
    drug, v = D["drug"], D["v"]
    lows = ", ".join(f"{_reading(k)} {val}" for k, val in D["lows"])
    return (tr(C, "Low blood pressure {gap} after {drug}").format(gap=gap(D["gap"]),
                                                                  drug=drug_name(drug)),
            tr(C, "Your blood pressure at {t} was low ({lows} mmHg), {gap} after a {drug} dose "
                  "({t2}). The label warns that it can lower blood pressure. Get up slowly and "
                  "sit or lie down if you feel dizzy.").format(
                t=when(v.at), lows=lows, gap=gap(D["gap"]), drug=drug_name(drug),
                t2=when(D["dose"].at)) + " " + talk() + " "
            + tr(C, "If you faint or feel very unwell, get medical help now."))


def _lowpulse(h: Hit) -> tuple[str, str]:
    D = h.data
    drug, v = D["drug"], D["v"]
    return (tr(C, "Slow pulse {gap} after {drug}").format(gap=gap(D["gap"]), drug=drug_name(drug)),
            tr(C, "Your pulse at {t} was {p} a minute, {gap} after a {drug} dose ({t2}); below "
                  "{limit} counts as slow. The label warns that it can slow the heartbeat.").format(
                t=when(v.at), p=v.pulse, gap=gap(D["gap"]), drug=drug_name(drug),
                t2=when(D["dose"].at), limit=D["limit"]) + " " + talk() + " "
            + tr(C, "If you feel faint, breathless or have chest pain, get medical help now."))


def _rebound(h: Hit) -> tuple[str, str]:
    D = h.data
    drug, v = D["drug"], D["v"]
    high = ", ".join(f"{_reading(k)} {val}" for k, val in D["high"])
    return (tr(C, "High reading {gap} after the last {drug} dose").format(gap=gap(D["gap"]),
                                                                          drug=drug_name(drug)),
            tr(C, "Your reading at {t} was high ({high}), {gap} after your last logged {drug} "
                  "dose ({t2}), which you had been taking regularly. The label warns that "
                  "stopping suddenly can make blood pressure and heart rate rebound. Contact "
                  "your prescriber today. If you have chest pain, a severe headache, confusion "
                  "or trouble breathing, get emergency help now. If you did take doses that are "
                  "not logged, log them.").format(
                t=when(v.at), high=high, gap=gap(D["gap"]), drug=drug_name(drug),
                t2=when(D["dose"].at)))


def _urgent(h: Hit) -> tuple[str, str]:
    D = h.data
    words = {"fainting": tr(C, "fainting"), "chest-pain": tr(C, "chest pain"),
             "jaundice": tr(C, "yellow skin or eyes"), "seizure": tr(C, "a seizure"),
             "breathing-trouble": tr(C, "trouble breathing")}
    what = words.get(D["name"], D["name"])
    return (tr(C, "Serious symptom logged: seek care now"),
            tr(C, "You logged {what} at {t}. This needs a doctor now: call your emergency "
                  "number or go to an emergency department. Do not wait for your next "
                  "appointment.").format(what=what, t=when(D["symptom"].at)))


def _side(h: Hit) -> tuple[str, str]:
    D = h.data
    drug = D["drug"]
    name = inline_word("symptom", D["name"])
    return (tr(C, "{symptom}: a known side effect of {drug}").format(symptom=cap(name),
                                                                      drug=drug_name(drug)),
            tr(C, "You logged {symptom} at {t}, within {within} of a {drug} dose ({t2}). The "
                  "label lists it among the side effects of {drug}. Mention it to your "
                  "prescriber, especially if it keeps happening or gets worse.").format(
                symptom=name, t=when(D["symptom"].at), within=span(D["within"]),
                drug=drug_name(drug), t2=when(D["dose"].at)))


def _unknown(h: Hit) -> tuple[str, str]:
    D = h.data
    d = D["dose"]
    msg = tr(C, "The diary does not know the medicine {name!r} (logged at {t}), so no dose or "
                "interaction checks apply to it.").format(name=d.drug, t=when(d.at))
    if D["close"]:
        msg += " " + tr(C, "Did you mean {names}? If so, correct the entry.").format(
            names=tr(C, " or ").join(D["close"]))
    return tr(C, "Medicine not recognised: {name}").format(name=d.drug), msg


RENDER: dict[str, Callable[[Hit], tuple[str, str]]] = {
    "interval": _interval, "doses-24h": _doses24, "daily-max": _dailymax,
    "single-dose": _single, "step-up": _stepup, "titration-fast": _titration,
    "unit-unchecked": _unit, "formulation-switch": _formulation, "course-length": _course,
    "withdrawal": _withdrawal, "taper-fast": _taper, "liver-tests": _liver,
    "interaction": _interaction, "interaction-drink": _interaction,
    "red-flag": _redflag, "cramp.chest": _chest, "cramp.long": _long,
    "pattern.frequent": _frequent, "pattern.sleep": _sleep,
    "cramp-associated": _assoc, "not-for-cramps": _quinine, "caution": _caution,
    "vitals.low-bp": _lowbp, "vitals.low-pulse": _lowpulse, "vitals.rebound": _rebound,
    "symptom.urgent": _urgent, "symptom.side-effect": _side, "drug.unrecognised": _unknown,
}


def render(h: Hit, ctx: Any, first_at: datetime) -> tuple[str, str]:
    title, message = RENDER[h.words](h)
    return cap(title), message + since(first_at, h.at)
