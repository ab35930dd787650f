"""tools/pattern_coverage.py on a tiny dictionary written in the PETRARCH verb format."""

from __future__ import annotations

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parents[2] / "tools" / "pattern_coverage.py"

PHOENIX_LIKE = """\
&SYNONYMS
+WAS
---  SHIP   [070]  ---
SHIP {SHIPS SHIPPED}   # comment
FERRY
- * {ARMS CARGO}   [072]   # FERRY
- * WHEAT   [---]
---  SCOLD   [111]  ---
SCOLD
RAP_
"""


def _tool():
    spec = importlib.util.spec_from_file_location("pattern_coverage", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lemma_weights_and_coverage(tmp_path: Path) -> None:
    tool = _tool()
    dictionary = tmp_path / "verbs.txt"
    dictionary.write_text(PHOENIX_LIKE, encoding="utf-8")
    weights = tool.phoenix_lemma_weights(dictionary)
    assert weights["07"] == {"ship": 2, "ferry": 2}  # block code 070 and pattern 072
    assert weights["11"] == {"scold": 1, "rap": 1}
    report = {row["root"]: row for row in tool.coverage(weights, {"07": {"ship"}}, top=5)}
    assert report["07"]["weighted_coverage"] == 0.5
    assert report["07"]["top_missing"] == [("ferry", 2)]
    assert report["11"]["weighted_coverage"] == 0.0
    assert report["01"]["weighted_coverage"] is None
