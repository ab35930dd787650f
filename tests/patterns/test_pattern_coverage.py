"""tools/pattern_coverage.py on a tiny dictionary written in the PETRARCH verb format."""

from __future__ import annotations

from pathlib import Path

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


def test_lemma_weights_and_coverage(tmp_path: Path, tools) -> None:
    tool = tools("pattern_coverage")
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


def test_counts_table_per_root(tmp_path: Path, tools) -> None:
    tool = tools("pattern_coverage")
    header = ("pattern_id,code,trigger_pos,lemma,particle,object_lemmas,modifier_lemmas,"
              "target_preps,direction,symmetric,description\n")
    (tmp_path / "07.csv").write_text(
        header
        + "070-send-to,070,VERB,send,,,,to,forward,0,send\n"
        + "072-send-arms-to,072,VERB,send,,arms,,to,forward,0,send arms\n"
        + "070-n-aid-to,070,NOUN,aid,,,,to,forward,0,aid\n", encoding="utf-8")
    counts = {c["root"]: c for c in tool.pattern_counts(tmp_path)}
    assert counts["07"] == {"root": "07", "name": "Provide aid", "patterns": 3, "verb": 2,
                            "noun": 1, "lemmas": 2, "codes": 2}
    assert counts["19"]["patterns"] == 0
    table = tool.counts_table(list(counts.values())).splitlines()
    assert "| 07 | Provide aid | 3 | 2 | 1 | 2 | 2 |" in table
    assert table[-1] == "| all | | 3 | | | | |"
