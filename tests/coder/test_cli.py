"""`dyadflow code` and `dyadflow explain` run as real commands."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from dyadflow.cli import main
from dyadflow.records import CodedEvent

EXAMPLE = '{"id":"x","text":"Japan supplied Patriot missiles to the United States."}'


def _subprocess(args: list[str], stdin: str = "") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DYADFLOW_SPACY_MODEL"}
    return subprocess.run(
        [sys.executable, "-c", "import sys; from dyadflow.cli import main; sys.exit(main())",
         *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=300, check=False,
    )


@pytest.fixture
def run(coder, monkeypatch, capsys):  # the coder fixture loads the pipeline once
    """`dyadflow.cli.main` in this process (the loaded pipeline is reused)."""

    def _run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess:
        monkeypatch.delenv("DYADFLOW_SPACY_MODEL", raising=False)
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main(args)
        except SystemExit as exc:  # argparse: --help and usage errors
            code = int(exc.code or 0)
        out = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out.out, out.err)

    return _run


@pytest.fixture(scope="module")
def coded_example() -> list[dict]:
    """The issue's own check, run as a real separate command."""
    result = _subprocess(["code"], EXAMPLE + "\n")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_code_prints_the_japan_to_us_event(coded_example):
    (event,) = coded_example
    assert (event["doc_id"], event["source_iso3"], event["target_iso3"]) == ("x", "JPN", "USA")
    assert event["event_root"] == "07" and isinstance(event["event_code"], str)
    text = json.loads(EXAMPLE)["text"]
    assert text[event["trigger_start"]:event["trigger_end"]] == event["event_text"] == "supplied"
    assert text[event["source_start"]:event["source_end"]] == event["source_text"]


def test_code_output_has_exactly_the_event_fields(coded_example):
    assert list(coded_example[0]) == list(CodedEvent.field_names())


def test_plain_lines_and_files(run, tmp_path):
    source = tmp_path / "in.txt"
    source.write_text(
        "The weather was mild.\n\nGermany condemned Iran.\n"
        '{"text": "France condemned Iran.", "published_at": "2024-03-01"}\n',
        encoding="utf-8",
    )
    result = run(["code", "--input", str(source), "--workers", "1"])
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(e["doc_id"], e["source_iso3"], e["event_root"]) for e in events] == [
        ("line-3", "DEU", "11"), ("line-4", "FRA", "11")]


def test_a_bad_json_line_stops_with_its_line_number(run):
    result = run(["code"], EXAMPLE + "\n{not json\n")
    assert result.returncode == 2
    assert "<stdin>:2" in result.stderr and "invalid JSON" in result.stderr


def test_a_line_without_text_is_named(run):
    result = run(["code"], '{"id": "a"}\n')
    assert result.returncode == 2 and "<stdin>:1" in result.stderr and '"text"' in result.stderr


def test_bad_lines_can_be_skipped_with_a_warning(run):
    result = run(["code", "--skip-bad-lines"], '{"id": 1, "text": 5}\n' + EXAMPLE + "\n")
    assert result.returncode == 0, result.stderr
    assert "skipped <stdin>:1" in result.stderr
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["x"]


def test_missing_input_file_is_an_error(run, tmp_path):
    result = run(["code", "--input", str(tmp_path / "nope.jsonl")])
    assert result.returncode == 2 and "nope.jsonl" in result.stderr


def test_code_help_says_what_happens_to_bad_lines(run):
    result = run(["code", "--help"])
    assert result.returncode == 0 and "--skip-bad-lines" in result.stdout
    assert "line-N" in result.stdout


def test_explain_shows_actors_pattern_and_reasons(run):
    result = run(["explain", ("According to Kyodo, Japan did not send missiles to Ukraine. "
                              "Japan supplied Patriot missiles to the United States.")])
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[0]" in out and "[1]" in out
    assert "'Japan' -> JPN" in out
    assert "negated" in out
    assert "072-supply-weapon-to" in out and "CODED" in out
    assert "EVENT JPN -> USA 072" in out


def test_explain_says_why_a_sentence_has_no_event(run):
    result = run(["explain", "The weather was mild in Japan."])
    assert result.returncode == 0, result.stderr
    assert "no trigger word" in result.stdout or "no word matches" in result.stdout


def test_explain_names_reported_speech_and_reporters(run):
    result = run(["explain", ("Russian officials said Ukraine attacked Russia. "
                              "According to Kyodo, Japan shipped missiles to the United States.")])
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "reported speech: 'said' by 'Russian officials'" in out
    assert "EVENT UKR -> RUS" in out and "EVENT RUSGOV" not in out
    assert "'Kyodo' -> JPNMED" in out and "never a party" in out


def test_a_line_that_is_not_utf8_is_named(run, tmp_path):
    source = tmp_path / "bad.jsonl"
    source.write_bytes(EXAMPLE.encode() + b"\n" + b'{"id": "y", "text": "caf\xe9"}\n')
    result = run(["code", "--input", str(source)])
    assert result.returncode == 2 and "bad.jsonl:2: not valid UTF-8" in result.stderr


def test_explain_tells_an_unplaced_side_from_one_actor_named_twice(run):
    result = run(["explain", ("Japanese troops attacked rebels near the border. "
                              "Japan met Japanese officials.")])
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "no side named only by a sector word could be placed in a country" in out
    assert "source and target are the same actor" in out
