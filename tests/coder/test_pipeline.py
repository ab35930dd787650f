"""EventCoder behaviour: fields, offsets, order, processes, modality flags."""

from __future__ import annotations

from datetime import UTC, datetime

from dyadflow.records import CodedEvent, TextInput

TEXTS = [
    "Japan supplied Patriot missiles to the United States. Officials said the deal was done.",
    "The weather was mild.",
    "France and Germany condemned Iran on Tuesday.",
    ("Germany will deliver tanks to Poland. According to Kyodo, Japan shipped missiles to "
     "the United States."),
    "",
    "The United States imposed sanctions on Russia in Moscow.",
]


def _inputs(n: int = 1) -> list[TextInput]:
    published = datetime(2024, 4, 2, tzinfo=UTC)
    return [
        TextInput(f"doc-{k}-{i}", text, published)
        for k in range(n)
        for i, text in enumerate(TEXTS)
    ]


def test_every_field_is_filled_and_offsets_point_into_the_text(coder):
    documents = list(coder.code(_inputs()))
    assert [d.doc_id for d in documents] == [f"doc-0-{i}" for i in range(len(TEXTS))]
    texts = {f"doc-0-{i}": t for i, t in enumerate(TEXTS)}
    events = [e for d in documents for e in d.events]
    assert events
    for event in events:
        text = texts[event.doc_id]
        assert isinstance(event, CodedEvent)
        assert text[event.source_start:event.source_end] == event.source_text
        assert text[event.target_start:event.target_end] == event.target_text
        assert text[event.trigger_start:event.trigger_end] == event.event_text
        assert event.sentence_text in text
        assert event.event_code.startswith(event.event_root) and event.event_code.isdigit()
        assert event.quad_class in (1, 2, 3, 4)
        assert event.goldstein is not None and -10 <= event.goldstein <= 10
        assert event.date_precision in ("day", "week", "month", "year", "unknown")
        assert 0 < event.confidence <= 1
        assert event.pattern_id
        assert event.negated is False
    assert documents[1].events == () and documents[1].n_sentences == 1
    assert documents[4].n_sentences == 0 and documents[4].n_words == 0


def test_modality_is_recorded(coder):
    intended = coder.code_text("Germany agreed to deliver tanks to Poland.").events
    assert [(e.modality, e.event_code, e.event_root) for e in intended] == [
        ("intent", "0332", "03")]
    future = coder.code_text("Germany will deliver tanks to Poland.").events
    assert [(e.modality, e.event_code) for e in future] == [("future", "0332")]
    asserted = coder.code_text("Germany delivered tanks to Poland.").events
    assert [(e.modality, e.event_code) for e in asserted] == [(None, "072")]


def test_sentence_index_counts_every_sentence(coder):
    document = coder.code_text(
        "The weather was mild.\nMarkets rose.\nGermany delivered tanks to Poland."
    )
    assert document.n_sentences == 3
    assert [e.sentence_idx for e in document.events] == [2]


def test_results_do_not_depend_on_the_number_of_processes(coder):
    inputs = _inputs(4)
    one = list(coder.code(inputs, n_process=1, batch_size=3))
    two = list(coder.code(inputs, n_process=2, batch_size=3))
    assert one == two
    assert [d.doc_id for d in two] == [i.doc_id for i in inputs]


def test_code_accepts_a_generator_and_streams(coder):
    produced = coder.code(TextInput(f"g{i}", "Japan supplied missiles to Ukraine.") for i in range(3))
    first = next(produced)
    assert first.doc_id == "g0" and len(first.events) == 1
    assert [d.doc_id for d in produced] == ["g1", "g2"]


def test_a_given_parse_must_be_of_the_sentence(coder, nlp):
    import pytest

    other = nlp("France condemned Iran.")
    with pytest.raises(ValueError, match="not of 'Germany condemned Iran.'"):
        coder.code_parsed(TextInput("p", "Germany condemned Iran."), {0: other})
    same = nlp("Germany condemned Iran.")
    events = coder.code_parsed(TextInput("p", "Germany condemned Iran."), {0: same}).events
    assert [(e.source_iso3, e.target_iso3, e.event_root) for e in events] == [("DEU", "IRN", "11")]


def test_small_chunks_over_two_workers_keep_order_and_results(coder):
    from dyadflow.coder.parallel import code_in_processes

    inputs = _inputs(3)
    serial = list(coder.code(inputs))
    spread = list(code_in_processes(coder, inputs, n_process=2, batch_size=4, chunk_size=2))
    assert spread == serial


def test_location_comes_from_places_not_from_the_actors(coder):
    # the actors' own names say who acted, not where: no location is guessed from them
    (bare,) = coder.code_text("Germany delivered tanks to Poland.").events
    assert (bare.location_iso3, bare.location_admin1, bare.location_text) == (None, None, None)
    (placed,) = coder.code_text("The United States imposed sanctions on Russia in Moscow.").events
    assert (placed.location_iso3, placed.location_text) == ("RUS", "Moscow")
    (region,) = coder.code_text("Germany delivered tanks to Poland near Donetsk.").events
    assert (region.location_iso3, region.location_admin1) == ("UKR", "UA-14")
