"""The real evaluation on ../shared/data (skipped when the data or the coder is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadflow.evaluation.report import format_markdown, format_table, write_json
from dyadflow.evaluation.runner import evaluate


@pytest.mark.shared
@pytest.mark.slow
def test_evaluation_on_shared_data(shared_data: Path, tmp_path: Path) -> None:
    from dyadflow.errors import DyadflowError
    from dyadflow.resources import load_coder

    try:
        coder = load_coder()
    except DyadflowError as exc:  # no spaCy pipeline installed or bundled in this checkout
        pytest.skip(f"coder not available: {exc}")
    report = evaluate(coder, shared_data, sets=("petr2", "plover", "conflibert"))
    assert set(report.sets) == {"petr2", "plover", "conflibert"}
    petr2, plover, confli = (report.sets[n] for n in ("petr2", "plover", "conflibert"))
    assert petr2.sentences == 78 and petr2.gold_events == 80
    assert plover.sentences == 322
    assert confli.sentences == 451 and confli.metrics["quad_total"] == 451
    for rep, key, cut in ((petr2, "dyad_root", 2), (plover, "dyad_type", None)):
        m = rep.metrics[key]
        gold_keys = sum(len({(s, t, label[:cut] if cut else label) for s, t, label in d["gold"]})
                        for d in rep.details)
        assert m["tp"] + m["fn"] == gold_keys
        assert 0.0 <= m["f1"] <= 1.0
        assert sum(g["tp"] for g in rep.per_root.values()) == m["tp"]
    # a working coder gets a fair share right: far above zero, below perfect
    assert 0.2 < petr2.metrics["dyad_root"]["f1"] <= 1.0
    # coding nothing would label every sentence 0; a working coder must beat that
    nothing = sum(confli.metrics["confusion"].get("0", {}).values()) / confli.metrics["quad_total"]
    assert nothing < confli.metrics["quad_accuracy"] <= 1.0
    assert 0.0 < confli.metrics["spans"]["strict"]["all"]["f1"] <= 1.0
    assert "dyad+root" in format_table(report)
    assert format_markdown(report).count("\n") == 8  # header, rule, 2+2+3 rows
    out = tmp_path / "evaluation.json"
    write_json(report, out)
    assert out.stat().st_size > 1000
