"""A directed dyad's cooperation and conflict series as a PNG fit for a paper.

Top panel: deduplicated events per period, stacked by quad class. Bottom panel: the net
Goldstein score (sum over the period's events). Drawn with matplotlib's object API on the
Agg canvas, so no display and no global pyplot state are involved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb

from dyadflow.errors import InputError

FREQS = {"day": ("dyad_day", "day", 1), "week": ("dyad_week", "week_start", 7),
         "month": ("dyad_month", "month_start", 30)}
QUADS = (  # column, label, colour (colour-blind-safe: Okabe-Ito)
    ("n_verbal_coop", "Verbal cooperation", "#56B4E9"),
    ("n_material_coop", "Material cooperation", "#0072B2"),
    ("n_verbal_conflict", "Verbal conflict", "#E69F00"),
    ("n_material_conflict", "Material conflict", "#D55E00"),
)


@dataclass(frozen=True, slots=True)
class DyadSeries:
    source_iso3: str
    target_iso3: str
    origin: str
    freq: str
    periods: tuple[date, ...]
    counts: dict[str, tuple[int, ...]]
    goldstein: tuple[float, ...]
    undated: dict[str, int]  # events whose date is unknown, per quad column
    undated_goldstein: float


def _country_name(con: duckdb.DuckDBPyConnection, iso3: str) -> str:
    rows = con.execute("select name from seed_countries where iso3 = ?", [iso3]).fetchall()
    return rows[0][0] if rows else iso3


def dyad_series(con: duckdb.DuckDBPyConnection, source_iso3: str, target_iso3: str, *,
                freq: str = "month", origin: str | None = None) -> DyadSeries:
    """The zero-filled series of one directed dyad (origin: dyadflow when it has rows,
    else the origin with the most events)."""
    if freq not in FREQS:
        raise InputError(f"--freq must be one of {', '.join(FREQS)}, not {freq!r}")
    table, period, _ = FREQS[freq]
    source_iso3, target_iso3 = source_iso3.upper(), target_iso3.upper()
    origins = con.execute(
        f"select origin, sum(n_events) from {table} where source_iso3 = ? and target_iso3 = ? "
        "group by origin order by origin = 'dyadflow' desc, 2 desc, 1",
        [source_iso3, target_iso3]).fetchall()
    if not origins:
        raise InputError(f"no events from {source_iso3} to {target_iso3} in {table}")
    chosen = origin or origins[0][0]
    if chosen not in {o for o, _ in origins}:
        raise InputError(f"no events of origin {chosen!r} from {source_iso3} to {target_iso3}")
    columns = ", ".join(c for c, _, _ in QUADS)
    rows = con.execute(
        f"select {period}, {columns}, goldstein_sum from {table} "
        "where source_iso3 = ? and target_iso3 = ? and origin = ? order by 1 nulls last",
        [source_iso3, target_iso3, chosen]).fetchall()
    dated = [r for r in rows if r[0] is not None]
    undated = [r for r in rows if r[0] is None]
    return DyadSeries(
        source_iso3, target_iso3, chosen, freq,
        periods=tuple(r[0] for r in dated),
        counts={c: tuple(int(r[i + 1]) for r in dated) for i, (c, _, _) in enumerate(QUADS)},
        goldstein=tuple(float(r[-1]) for r in dated),
        undated={c: sum(int(r[i + 1]) for r in undated) for i, (c, _, _) in enumerate(QUADS)},
        undated_goldstein=sum(float(r[-1]) for r in undated),
    )


def plot_dyad(con: duckdb.DuckDBPyConnection, source_iso3: str, target_iso3: str, *,
              out: str | Path, freq: str = "month", origin: str | None = None) -> Path:
    """Draw the dyad's series to `out` (PNG, 200 dpi); returns the path."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import (
        MO,
        ConciseDateFormatter,
        DayLocator,
        MonthLocator,
        WeekdayLocator,
        date2num,
    )
    from matplotlib.figure import Figure

    series = dyad_series(con, source_iso3, target_iso3, freq=freq, origin=origin)
    source_name = _country_name(con, series.source_iso3)
    target_name = _country_name(con, series.target_iso3)
    scheme = con.execute("select quad_scheme from model_settings").fetchall()[0][0]
    dated = bool(series.periods)
    if not dated:  # only events of unknown date: one bar, labelled so
        series = DyadSeries(
            series.source_iso3, series.target_iso3, series.origin, freq, (),
            {c: (n,) for c, n in series.undated.items()}, (series.undated_goldstein,),
            {c: 0 for c in series.undated}, 0.0)
    # x in matplotlib date numbers (days): bars centred on the middle of their period
    days = FREQS[freq][2]
    width = days * 0.8
    x = [date2num(p) + days / 2 for p in series.periods] if dated else [0.0]

    fig = Figure(figsize=(8, 5.2), dpi=200, layout="constrained")
    FigureCanvasAgg(fig)
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    base = [0] * len(x)
    for column, label, colour in QUADS:
        values = series.counts[column]
        top.bar(x, values, width=width, bottom=base, color=colour, label=label,
                edgecolor="white", linewidth=0.3)
        base = [b + v for b, v in zip(base, values, strict=True)]
    top.set_ylabel(f"Events per {freq}" if dated else "Events")
    top.yaxis.get_major_locator().set_params(integer=True)
    top.set_ylim(0, max(max(base), 1) * 1.4)  # headroom for the legend
    top.legend(loc="upper left", fontsize=8, frameon=False, ncols=2)
    top.set_title(f"{source_name} → {target_name}: cooperation and conflict",
                  loc="left", fontsize=12, fontweight="bold")
    top.spines[["top", "right"]].set_visible(False)

    colours = ["#0072B2" if g >= 0 else "#D55E00" for g in series.goldstein]
    bottom.bar(x, series.goldstein, width=width, color=colours)
    bottom.axhline(0, color="black", linewidth=0.6)
    bottom.set_ylabel("Net Goldstein score")
    bottom.spines[["top", "right"]].set_visible(False)
    if dated:
        # ticks on period boundaries only, about eight of them
        step = max(1, len(x) // 8)
        locator = {"day": DayLocator(interval=step),
                   "week": WeekdayLocator(byweekday=MO, interval=step),
                   "month": MonthLocator(interval=step)}[freq]
        bottom.xaxis.set_major_locator(locator)
        bottom.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    else:
        bottom.set_xticks([0.0], ["date unknown"])
    # one empty period of margin each side, so short series do not fill the frame
    bottom.set_xlim(x[0] - 1.5 * days, x[-1] + 1.5 * days)

    total = sum(sum(v) for v in series.counts.values())
    undated_total = sum(series.undated.values())
    span = (f"{series.periods[0]:%Y-%m-%d} to {series.periods[-1]:%Y-%m-%d}" if dated
            else "no event date known (neither the articles nor their metadata give one)")
    left_out = f"; {undated_total:,} events of unknown date not shown" if undated_total else ""
    fig.text(
        0.01, -0.02,
        f"Source: dyadflow warehouse, origin '{series.origin}'; {total:,} deduplicated "
        f"events (one-a-day), {span}{left_out};\nquad classes: {scheme} scheme; "
        f"Goldstein: sum per {'period' if dated else 'dyad'}.",
        fontsize=7, color="#444444", ha="left", va="top",
    )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, format="png", bbox_inches="tight", facecolor="white")
    return out
