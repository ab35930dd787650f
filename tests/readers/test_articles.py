"""Reading articles: formats, the title rule, the metadata sidecar and the quarantine."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dyadflow.errors import InputError
from dyadflow.readers.articles import read_articles, split_title

BODY = "Norway sent food aid to Sudan on Monday.\n\nThe shipment left Oslo by air."


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- the demo corpus ------------------------------------------------------------------


def test_demo_directory_reads_five_articles_with_metadata(demo_articles_dir):
    result = read_articles(demo_articles_dir)
    assert result.quarantined == ()
    by_id = {a.article_id: a for a in result.articles}
    assert sorted(by_id) == [
        "000_8fd728b845c37602", "001_8a162867d81b4a00", "002_9a282cd1128f2390",
        "003_655e8128408faf12", "004_3afadba021f4185c",
    ]
    assert by_id["003_655e8128408faf12"].title == "Japan Set to Export “Patriot” to U.S."
    assert by_id["004_3afadba021f4185c"].title is None
    for article in result.articles:
        # the demo texts state no publisher or date: nothing is invented
        assert article.published_at is None and article.source is None and article.url is None
        assert article.content_hash == hashlib.sha256(article.text.encode()).hexdigest()
        assert article.title is None or article.title not in article.text
        assert "min read" not in article.text and "Related Posts" not in article.text
    assert "Erdogan" not in by_id["004_3afadba021f4185c"].text
    assert by_id["000_8fd728b845c37602"].text.startswith("Japan has made a significant move")


def test_reading_twice_gives_identical_articles(demo_articles_dir):
    assert read_articles(demo_articles_dir) == read_articles(demo_articles_dir)


# --- the title rule ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, title",
    [
        ("Norway Sends Aid to Sudan\n\n" + BODY, "Norway Sends Aid to Sudan"),
        ("Norway Sends Aid to Sudan\n" + BODY, "Norway Sends Aid to Sudan"),
        ("Talks Resume: Will Peru and Chile Agree?\n\n" + BODY,
         "Talks Resume: Will Peru and Chile Agree?"),
        ("Japan Set to Export Patriot to U.S.\n\n" + BODY, "Japan Set to Export Patriot to U.S."),
        (BODY, None),  # first line is a sentence with a full stop
        ("Norway sent aid. Sudan thanked it\n\nMore text here.", None),  # two sentences
        ("Only a headline and nothing else", None),
        ("Dateline\nA much longer first paragraph of the story follows here.", "Dateline"),
        ("A long first line without punctuation at the end that goes on\nshort", None),
        ("x" * 201 + "\n\n" + BODY, None),
    ],
)
def test_split_title(text, title):
    found, body = split_title(text)
    assert found == title
    assert body.strip()
    if title:
        assert not body.startswith(title)


def test_txt_id_is_the_file_stem_and_first_line_the_title(tmp_path):
    write(tmp_path / "oslo-aid.txt", "Norway Sends Aid to Sudan\n\n" + BODY)
    (article,) = read_articles(tmp_path).articles
    assert article.article_id == "oslo-aid"
    assert article.title == "Norway Sends Aid to Sudan"
    assert article.text == BODY
    assert article.origin_file == str(tmp_path / "oslo-aid.txt")


def test_metadata_sidecar_overrides_and_underscore_files_are_not_articles(tmp_path):
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "_notes.txt", "Notes for editors, not an article.")
    write(tmp_path / "README.md", "# about these files")
    write(
        tmp_path / "_metadata.csv",
        "file,id,title,source,url,published_at\n"
        "a.txt,norway-1,Aid for Sudan,Example Wire,https://example.org/a,2023-05-02\n"
        "ghost.txt,ghost,,,,\n",
    )
    result = read_articles(tmp_path)
    (article,) = result.articles
    assert article.article_id == "norway-1"
    assert (article.title, article.source, article.url) == (
        "Aid for Sudan", "Example Wire", "https://example.org/a")
    assert article.published_at == datetime(2023, 5, 2, tzinfo=UTC)
    (bad,) = result.quarantined
    assert bad.file.endswith("_metadata.csv") and bad.line == 3 and "ghost.txt" in bad.reason


def test_metadata_with_a_bad_date_quarantines_that_article(tmp_path):
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "_metadata.csv", "file,id,published_at\na.txt,a,the day after tomorrow\n")
    result = read_articles(tmp_path)
    assert result.articles == ()
    (bad,) = result.quarantined
    assert bad.reason.startswith("published_at:") and bad.file.endswith("a.txt")


def test_txt_that_is_not_utf8_is_quarantined(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 talks in Paris.".encode("latin-1"))
    write(tmp_path / "ok.txt", BODY)
    result = read_articles(tmp_path)
    assert [a.article_id for a in result.articles] == ["ok"]
    (bad,) = result.quarantined
    assert "UTF-8" in bad.reason and bad.file.endswith("latin.txt")


def test_txt_that_is_only_boilerplate_is_quarantined(tmp_path):
    write(tmp_path / "empty.txt", "2 min read\n\nShare this article\n")
    result = read_articles(tmp_path)
    assert result.articles == ()
    assert "empty" in result.quarantined[0].reason


# --- JSON lines ------------------------------------------------------------------------


def test_jsonl_good_and_bad_records(tmp_path):
    lines = [
        {"id": "a1", "text": BODY, "title": "Aid", "source": "Wire",
         "published_at": "2024-03-01T10:00:00+02:00"},
        "this is not json",
        {"id": "a2"},  # no text
        {"id": "", "text": BODY},  # empty id
        {"id": "a3", "text": "   "},  # blank text
        {"id": "a4", "text": BODY, "url": "ftp://example.org/x"},
        {"id": "a5", "text": BODY, "published_at": "not a date"},
        [1, 2, 3],
        {"id": "a1", "text": "Another text with the same id."},
        {"id": 7, "text": BODY, "url": "", "title": ""},
        {"id": "a8", "text": BODY, "title": 5},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n\n",
        encoding="utf-8",
    )
    result = read_articles(path)
    assert [a.article_id for a in result.articles] == ["a1", "7"]
    first = result.articles[0]
    assert first.published_at == datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
    assert (first.origin_file, first.origin_line) == (str(path), 1)
    assert result.articles[1].url is None and result.articles[1].title is None
    reasons = {q.line: q.reason for q in result.quarantined}
    assert sorted(reasons) == [2, 3, 4, 5, 6, 7, 8, 9, 11]
    assert reasons[2].startswith("invalid JSON")
    assert "text" in reasons[3] and "required" in reasons[3]
    assert reasons[4].startswith("id:")
    assert reasons[5] == "text: text is empty"
    assert reasons[6].startswith("url:")
    assert reasons[7].startswith("published_at:")
    assert "not an object" in reasons[8]
    assert "duplicate article id 'a1'" in reasons[9] and f"{path}:1" in reasons[9]
    assert reasons[11].startswith("title:")
    assert all(q.origin == "articles" and q.file == str(path) for q in result.quarantined)
    assert result.quarantined[0].payload == "this is not json"


# --- JSON ------------------------------------------------------------------------------


def test_json_array_records_keep_their_line_numbers(tmp_path):
    path = write(tmp_path / "many.json", (
        "[\n"
        f'  {json.dumps({"id": "j1", "text": BODY})},\n'
        '  {"id": "j2"},\n'
        f'  {json.dumps({"id": "j3", "text": BODY})}\n'
        "]\n"
    ))
    result = read_articles(path)
    assert [(a.article_id, a.origin_line) for a in result.articles] == [("j1", 2), ("j3", 4)]
    (bad,) = result.quarantined
    assert bad.line == 3 and "required" in bad.reason


def test_json_single_object(tmp_path):
    path = write(tmp_path / "one.json", json.dumps({"id": "solo", "text": BODY}, indent=2))
    (article,) = read_articles(path).articles
    assert article.article_id == "solo" and article.origin_line == 1


@pytest.mark.parametrize(
    "content, reason",
    [
        ('{"id": "x", "text": ', "invalid JSON"),
        ("", "empty JSON file"),
        ('{"id": "x", "text": "a"} {"id": "y"}', "extra data"),
        ('[{"id": "x", "text": "Peru met Chile."} {"id": "y"}]', "expected ','"),
        ('[{"id": "x", "text": "Peru met Chile."}, {"id": ]', "invalid JSON"),
    ],
)
def test_broken_json_files_are_quarantined(tmp_path, content, reason):
    result = read_articles(write(tmp_path / "bad.json", content))
    assert any(reason in q.reason for q in result.quarantined)


# --- CSV -------------------------------------------------------------------------------


def test_csv_rows_with_multiline_text_and_bad_rows(tmp_path):
    path = write(tmp_path / "rows.csv", (
        "id,url,source,title,published_at,text\n"
        'c1,https://example.org/1,Wire,Aid,2024-01-05,'
        '"Norway sent aid to Sudan.\n\nMore follows."\n'
        "c2,,,,,\n"
        "c3,too,many,fields,here,x,y\n"
        "c4,,,,,Peru and Chile signed a fishing accord.\n"
    ))
    result = read_articles(path)
    assert [(a.article_id, a.origin_line) for a in result.articles] == [("c1", 2), ("c4", 7)]
    assert result.articles[0].text == "Norway sent aid to Sudan.\n\nMore follows."
    assert result.articles[0].published_at == datetime(2024, 1, 5, tzinfo=UTC)
    assert result.articles[1].source is None
    lines = {q.line: q.reason for q in result.quarantined}
    assert lines[5] == "text: text is empty"
    assert "7 fields" in lines[6]


def test_csv_without_text_column_is_quarantined(tmp_path):
    result = read_articles(write(tmp_path / "x.csv", "id,body\n1,hello\n"))
    (bad,) = result.quarantined
    assert "text" in bad.reason and bad.line == 1


# --- paths -----------------------------------------------------------------------------


def test_missing_path_and_unsupported_file_raise_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_articles(tmp_path / "nope")
    with pytest.raises(InputError, match="unsupported"):
        read_articles(write(tmp_path / "story.docx", "x"))


def test_subdirectories_are_read_in_sorted_order(tmp_path):
    write(tmp_path / "b" / "two.txt", BODY)
    write(tmp_path / "a" / "one.txt", BODY)
    write(tmp_path / "zero.jsonl", json.dumps({"id": "zero", "text": BODY}) + "\n")
    write(tmp_path / "_drafts" / "deep" / "draft.txt", BODY)
    write(tmp_path / ".cache" / "x.txt", BODY)
    assert [a.article_id for a in read_articles(tmp_path).articles] == ["zero", "one", "two"]
