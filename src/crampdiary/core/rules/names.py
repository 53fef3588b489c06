"""Rules about which drug was taken (CONTRACT 3.4): cramp-associated,
DRUG.not-for-cramps (quinine.not-for-cramps), drug.unrecognised, DRUG.caution."""

from __future__ import annotations

from collections.abc import Iterator

from .engine import Context
from .model import Hit

CONDITIONS = ("liver", "kidney", "pregnant", "breastfeeding", "age-65")


def person_conditions(ctx: Context, year: int) -> set[str]:
    out = set(ctx.profile.conditions)
    by = ctx.profile.birth_year
    age = int(ctx.p("caution", "age", 65))
    if by is not None and year - by >= age:
        out.add(f"age-{age}")
    return out


def detect(ctx: Context) -> Iterator[Hit]:
    for dd in ctx.drugs.values():
        drug = dd.drug
        start = dd.start(ctx.lo)
        judged = [d for d in dd.doses[start:] if ctx.judged(d.at)]
        if not judged:
            continue
        if drug.has("cramp-associated"):
            gap = ctx.gap_days("cramp-associated")
            for d in judged:
                yield Hit("cramp-associated", "info", drug.key, d.at, (d.id,),
                          "cramp-associated", {"drug": drug, "dose": d, "walk_key": drug.key},
                          ctx.src(drug.class_source("cramp-associated")), gap=gap, trigger=d.id)
        if drug.has("not-for-cramps"):
            gap = ctx.gap_days("not-for-cramps")
            for d in judged:
                yield Hit(f"{drug.key}.not-for-cramps", "danger", drug.key, d.at, (d.id,),
                          "not-for-cramps", {"drug": drug, "dose": d, "walk_key": drug.key,
                                             "positions": drug.marker("not_for_cramps") or []},
                          ctx.src(drug.class_source("not-for-cramps")), gap=gap, trigger=d.id)
        cautions = drug.marker("cautions") or []
        if cautions and (ctx.profile.conditions or ctx.profile.birth_year is not None):
            gap = ctx.gap_days("caution")
            for d in judged:
                have = person_conditions(ctx, d.at.astimezone(ctx.tz).year)
                for c in cautions:
                    cond = c.get("condition")
                    if cond in have:
                        yield Hit(f"{drug.key}.caution", "warning", f"{drug.key}+{cond}", d.at,
                                  (d.id,), "caution",
                                  {"drug": drug, "dose": d, "condition": cond,
                                   "text": c.get("text", ""), "walk_key": drug.key},
                                  ctx.src(c.get("source")), gap=gap, trigger=d.id)
    gap = ctx.gap_days("unrecognised")
    limit = int(ctx.p("unrecognised", "close_names", 3))
    cache: dict[str, list[str]] = {}
    for d in ctx.unknown:
        if not ctx.judged(d.at):
            continue
        if d.drug not in cache:
            cache[d.drug] = close_names(ctx, d.drug, limit)
        names = cache[d.drug]
        yield Hit("drug.unrecognised", "info", d.drug, d.at, (d.id,), "drug.unrecognised",
                  {"dose": d, "close": names}, ctx.src(ctx.p("episode_gaps", "source", None)),
                  gap=gap, trigger=d.id)


def close_names(ctx: Context, name: str, limit: int) -> list[str]:
    close = getattr(ctx.cat, "close_names", None)
    if close is not None:
        return list(close(name, limit=limit))[:limit]
    import difflib

    names = ctx.cat.names()
    folded = {n.casefold(): n for n in names}
    hits = difflib.get_close_matches(name.strip().casefold(), list(folded), n=limit, cutoff=0.75)
    return [folded[h] for h in hits]
