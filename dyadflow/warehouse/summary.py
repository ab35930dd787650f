"""What is in the warehouse, in numbers a researcher checks first."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb


@dataclass(frozen=True, slots=True)
class DyadSummary:
    """One directed dyad's deduplicated events, all dates and origins together."""

    source_iso3: str
    target_iso3: str
    n_events: int
    n_verbal_coop: int
    n_material_coop: int
    n_verbal_conflict: int
    n_material_conflict: int
    goldstein_sum: float


@dataclass(frozen=True, slots=True)
class WarehouseSummary:
    articles: int
    sentences: int
    event_mentions: int
    events: int
    mentions_by_origin: tuple[tuple[str, int], ...]
    top_dyads: tuple[DyadSummary, ...]

    def as_text(self) -> str:
        lines = [
            f"articles:         {self.articles:>9,}",
            f"sentences:        {self.sentences:>9,}",
            f"event mentions:   {self.event_mentions:>9,}",
            f"events (dedup.):  {self.events:>9,}",
        ]
        if len(self.mentions_by_origin) > 1:
            lines.append("mentions by origin: " + ", ".join(
                f"{origin} {n:,}" for origin, n in self.mentions_by_origin))
        if self.top_dyads:
            lines.append("")
            lines.append(f"{'top directed dyads':<20}{'events':>7}{'v.coop':>8}{'m.coop':>8}"
                         f"{'v.confl':>9}{'m.confl':>9}{'goldstein':>11}")
            for d in self.top_dyads:
                lines.append(
                    f"{d.source_iso3 + ' -> ' + d.target_iso3:<20}{d.n_events:>7}"
                    f"{d.n_verbal_coop:>8}{d.n_material_coop:>8}{d.n_verbal_conflict:>9}"
                    f"{d.n_material_conflict:>9}{d.goldstein_sum:>11.1f}"
                )
        return "\n".join(lines)


def summarize(con: duckdb.DuckDBPyConnection, top: int = 10) -> WarehouseSummary:
    """Counts of articles, sentences, mentions and deduplicated events, and the top dyads.

    Needs built models (`events`, `dyad_month`), as after any load.
    """
    ((articles, sentences),) = con.execute(
        "select count(*), coalesce(sum(n_sentences), 0) from articles").fetchall()
    ((mentions,),) = con.execute("select count(*) from event_mentions").fetchall()
    by_origin = con.execute(
        "select origin, count(*) from event_mentions group by origin order by 2 desc, 1"
    ).fetchall()
    ((events,),) = con.execute("select count(*) from events").fetchall()
    dyads = con.execute(
        "select source_iso3, target_iso3, sum(n_events), sum(n_verbal_coop), "
        "sum(n_material_coop), sum(n_verbal_conflict), sum(n_material_conflict), "
        "sum(goldstein_sum) from dyad_month group by all "
        "order by 3 desc, 1, 2 limit ?",
        [top],
    ).fetchall()
    return WarehouseSummary(
        articles=int(articles),
        sentences=int(sentences),
        event_mentions=int(mentions),
        events=int(events),
        mentions_by_origin=tuple((o, int(n)) for o, n in by_origin),
        top_dyads=tuple(
            DyadSummary(s, t, int(n), int(q1), int(q2), int(q3), int(q4), float(g))
            for s, t, n, q1, q2, q3, q4, g in dyads
        ),
    )
