"""Scoring rules on small hand-made cases."""

from __future__ import annotations

import pytest

from dyadflow.evaluation.scoring import (
    Counts,
    classification_accuracy,
    counts_by_group,
    micro_counts,
    normalized_span,
    quad_labels_from_rows,
    sentence_counts,
    sentence_quad_label,
    span_counts_overlap,
    span_counts_strict,
)


def test_sentence_counts_treat_both_sides_as_sets() -> None:
    gold = [("USA", "RUS", "16"), ("USA", "UKR", "07")]
    pred = [("USA", "RUS", "16"), ("USA", "RUS", "16"), ("RUS", "USA", "16")]
    assert sentence_counts(gold, pred) == Counts(tp=1, fp=1, fn=1)


def test_no_event_sentences_count_only_false_positives() -> None:
    pairs = [([], []), ([], [("FRA", "DEU", "04")]), ([("JPN", "USA", "07")], [])]
    total = micro_counts(pairs)
    assert total == Counts(tp=0, fp=1, fn=1)
    assert total.precision == 0.0 and total.recall == 0.0 and total.f1 == 0.0


def test_precision_recall_f1() -> None:
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_missing_target_only_matches_missing_target() -> None:
    assert sentence_counts([("ECU", None, "14")], [("ECU", "ECU", "14")]) == Counts(0, 1, 1)
    assert sentence_counts([("ECU", None, "14")], [("ECU", None, "14")]) == Counts(1, 0, 0)


def test_per_root_counts_add_up_to_the_total() -> None:
    pairs = [([("A", "B", "19"), ("B", "A", "11")], [("A", "B", "19"), ("A", "B", "04")]),
             ([("C", "D", "04")], [])]
    groups = counts_by_group(pairs, lambda k: k[2])
    assert groups == {"04": Counts(0, 1, 1), "11": Counts(0, 0, 1), "19": Counts(1, 0, 0)}
    total = Counts()
    for c in groups.values():
        total = total + c
    assert total == micro_counts(pairs)


PHOENIX_ROWS = [{"scheme": "phoenix", "code_prefix": f"{n:02d}",
                 "quad_class": str(0 if n <= 2 else 1 if n <= 5 else 2 if n <= 8
                                   else 3 if n <= 13 or n == 16 else 4)} for n in range(1, 21)]
PHOENIX_ROWS.append({"scheme": "gdelt", "code_prefix": "01", "quad_class": "1"})


@pytest.mark.parametrize(("root", "label"), [("01", 0), ("02", 0), ("03", 1), ("05", 1),
                                             ("06", 2), ("08", 2), ("09", 3), ("13", 3),
                                             ("14", 4), ("16", 3), ("20", 4)])
def test_quad_labels_from_scheme_rows(root: str, label: int) -> None:
    assert quad_labels_from_rows(PHOENIX_ROWS)[root] == label


def test_quad_scheme_must_cover_every_root() -> None:
    with pytest.raises(ValueError, match="roots 02"):
        quad_labels_from_rows([r for r in PHOENIX_ROWS if r["code_prefix"] != "02"])


def test_sentence_quad_label_picks_most_confident_event() -> None:
    labels = quad_labels_from_rows(PHOENIX_ROWS)
    assert sentence_quad_label([], labels) == 0
    assert sentence_quad_label([("04", 0.5), ("19", 0.9)], labels) == 4
    assert sentence_quad_label([("11", 0.7), ("07", 0.7)], labels) == 3  # tie: first in text


def test_classification_accuracy_and_per_class() -> None:
    acc = classification_accuracy([(0, 0), (1, 3), (3, 3), (4, 4)])
    assert acc.accuracy == 0.75
    assert acc.confusion == {0: {0: 1}, 1: {3: 1}, 3: {3: 1}, 4: {4: 1}}
    assert acc.per_class()[3] == Counts(tp=1, fp=1, fn=0)
    assert acc.per_class()[1] == Counts(tp=0, fp=0, fn=1)


def test_normalized_span_trims_determiners_and_punctuation() -> None:
    text = "Yesterday the Dutch navy's captain, said"
    start = text.index("the")
    end = text.index(",") + 1
    s, e = normalized_span(text, start, end)
    assert text[s:e] == "Dutch navy's captain"


def test_strict_span_counts_ignore_leading_article() -> None:
    text = "The Chilean navy seized a Peruvian trawler ."
    gold = [("S", 0, 16), ("T", 24, 42)]
    pred = [("S", 4, 16), ("T", 26, 42)]  # "Chilean navy", "Peruvian trawler"
    assert span_counts_strict(text, gold, pred) == Counts(2, 0, 0)
    assert span_counts_strict(text, gold, [("T", 4, 16)]) == Counts(0, 1, 2)


def test_overlap_span_counts_match_each_gold_once() -> None:
    gold = [("S", 0, 16)]
    pred = [("S", 4, 11), ("S", 12, 16), ("T", 0, 3)]
    assert span_counts_overlap(gold, pred) == Counts(tp=1, fp=2, fn=0)


@pytest.fixture(scope="module")
def coder():
    from dyadflow.resources import bundled_model_path, load_coder

    return load_coder(str(bundled_model_path()))


def _spans(coder, text: str) -> list[tuple[str, str]]:
    from dyadflow.evaluation.runner import _predicted_spans

    events = coder.code_text(text, doc_id="t").events
    return sorted((role, text[start:end]) for role, start, end in _predicted_spans(events, text))


def test_mirrored_events_of_coordinated_parties_are_one_reciprocal_span(coder) -> None:
    # ConfliBERT marks "X and Y agreed" as one span that is source and target at once
    assert _spans(coder, "Japan and China agreed to expand trade ties.") == [
        ("S", "Japan and China"), ("T", "Japan and China")]


def test_events_of_parties_apart_keep_their_own_spans(coder) -> None:
    assert _spans(coder, "Japan met with Chinese diplomats on Monday.") == [
        ("S", "Japan"), ("T", "Chinese diplomats")]
