"""Feeds against a real HTTP server on 127.0.0.1 serving fixture feeds, good and broken."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from dyadflow.errors import InputError
from dyadflow.readers.feeds import (
    FeedConfig,
    FeedLimits,
    html_to_text,
    load_feeds_config,
    parse_feed,
    read_feeds,
)

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbour Gazette</title>
  <link>http://example.org/</link>
  <item>
    <title>Chile recalls envoy</title>
    <link>http://example.org/chile-envoy</link>
    <guid>gazette-1</guid>
    <pubDate>Tue, 05 Mar 2024 10:00:00 +0200</pubDate>
    <description>Short teaser only.</description>
    <content:encoded><![CDATA[<p>Chile recalled its ambassador from Peru on Monday.</p>
      <script>track("x")</script><p>The ministry gave no reason &amp; no date.</p>
      <p>2 min read</p>]]></content:encoded>
  </item>
  <item>
    <title>Norway sends aid</title>
    <link>http://example.org/norway-aid</link>
    <description>&lt;b&gt;Norway&lt;/b&gt; sent food aid to Sudan.</description>
  </item>
  <item>
    <title>No identity at all</title>
    <description>Nobody can cite this item.</description>
  </item>
  <item>
    <guid>gazette-4</guid>
    <title>Bad date</title>
    <pubDate>the ides of March</pubDate>
    <description>Kenya hosted talks with Somalia.</description>
  </item>
  <item>
    <guid>gazette-5</guid>
    <title>Empty</title>
    <description>   </description>
  </item>
</channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Lakeside Wire</title>
  <entry>
    <title>Ghana and Togo sign border pact</title>
    <id>urn:lakeside:1</id>
    <link rel="alternate" href="https://example.org/ghana-togo"/>
    <published>2024-06-01T08:30:00Z</published>
    <content type="html">&lt;p&gt;Ghana signed a border agreement with Togo.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Updated only</title>
    <id>urn:lakeside:2</id>
    <updated>2024-06-02T00:00:00Z</updated>
    <summary>Mali criticised Niger over the dam.</summary>
  </entry>
</feed>
"""

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title></channel></rss>
"""

PAGE = b"""<html><head><title>x</title><style>p{}</style></head><body>
<nav><p>Home | World</p></nav>
<article><p>Peru and Ecuador agreed to reopen their border.</p>
<p>Related Posts</p><p>Another story - May 1, 2024</p></article>
<footer><p>Subscribe</p></footer></body></html>"""

ETAG = '"v1"'
SLOW_SECONDS = 1.5


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):  # keep pytest output clean
        pass

    def send_body(self, body: bytes, status: int = 200, headers: dict | None = None):
        self.send_response(status)
        headers = headers or {}
        if "Content-Type" not in headers:
            self.send_header("Content-Type", "application/xml; charset=utf-8")
        for key, value in headers.items():
            self.send_header(key, value)
        if body is not None:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def redirect(self, location: str):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):  # noqa: N802 (http.server naming)
        path = self.path
        if path == "/rss.xml":
            self.send_body(RSS)
        elif path == "/atom.xml":
            self.send_body(ATOM)
        elif path == "/etag.xml":
            if self.headers.get("If-None-Match") == ETAG:
                self.send_body(b"", status=304, headers={"ETag": ETAG})
            else:
                self.send_body(ATOM, headers={"ETag": ETAG,
                                              "Last-Modified": "Sat, 01 Jun 2024 08:30:00 GMT"})
        elif path == "/malformed.xml":
            self.send_body(b"<rss version='2.0'><channel><title>Broken</title><item>")
        elif path == "/bomb.xml":
            self.send_body(BOMB)
        elif path == "/html.xml":
            self.send_body(b"<html><body>not a feed</body></html>")
        elif path == "/slow.xml":
            time.sleep(SLOW_SECONDS)
            self.send_body(RSS)
        elif path == "/huge-declared.xml":
            self.send_response(200)
            self.send_header("Content-Length", str(50_000_000))
            self.end_headers()
        elif path == "/huge-streamed.xml":
            # no Content-Length: the client must count and stop by itself
            self.send_response(200)
            self.end_headers()
            try:
                self.wfile.write(b"<rss version='2.0'><channel><title>")
                for _ in range(200):
                    self.wfile.write(b"x" * 10_000)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/redirect.xml":
            self.redirect("/rss.xml")
        elif path.startswith("/loop"):
            self.redirect(f"/loop{int(path[5:] or 0) + 1}")
        elif path == "/to-ftp.xml":
            self.redirect("ftp://example.org/feed.xml")
        elif path == "/missing.xml":
            self.send_body(b"gone", status=404)
        elif path == "/pages.xml":
            port = self.server.server_address[1]
            self.send_body(
                f"""<rss version="2.0"><channel><title>Pages</title>
                <item><guid>p1</guid><link>http://127.0.0.1:{port}/page.html</link>
                <description>teaser</description></item>
                <item><guid>p2</guid><link>http://127.0.0.1:{port}/missing.xml</link>
                <description>teaser</description></item></channel></rss>""".encode())
        elif path == "/page.html":
            self.send_body(PAGE, headers={"Content-Type": "text/html"})
        else:
            self.send_body(b"not found", status=404)


@pytest.fixture(scope="module")
def server(serve_http):
    return serve_http(Handler)


LIMITS = FeedLimits(timeout_s=0.5, deadline_s=5, max_bytes=200_000, max_redirects=3)


def read_one(server, path, **config):
    read, (result,) = read_feeds([FeedConfig(url=server + path, **config)], limits=LIMITS)
    return read, result


def test_rss_items_become_articles_and_bad_items_are_quarantined(server):
    read, result = read_one(server, "/rss.xml")
    assert result.status == "ok" and result.error is None
    by_id = {a.article_id: a for a in read.articles}
    assert sorted(by_id) == ["gazette-1", "http://example.org/norway-aid"]
    chile = by_id["gazette-1"]
    assert chile.text == ("Chile recalled its ambassador from Peru on Monday.\n\n"
                          "The ministry gave no reason & no date.")
    assert chile.source == "Harbour Gazette" and chile.title == "Chile recalls envoy"
    assert chile.published_at == datetime(2024, 3, 5, 8, 0, tzinfo=UTC)
    assert chile.url == "http://example.org/chile-envoy"
    assert by_id["http://example.org/norway-aid"].text == "Norway sent food aid to Sudan."
    assert by_id["http://example.org/norway-aid"].published_at is None
    reasons = {q.line: q.reason for q in read.quarantined}
    assert sorted(reasons) == [3, 4, 5]
    assert "no guid, id or link" in reasons[3]
    assert reasons[4].startswith("published_at:")
    assert "text" in reasons[5]
    assert all(q.origin == "feed" and q.file == server + "/rss.xml" for q in read.quarantined)
    assert result.state.n_items == 5 and result.state.last_status == "ok"


def test_atom_entries(server):
    read, _ = read_one(server, "/atom.xml")
    first, second = read.articles
    assert (first.article_id, first.url, first.source) == (
        "urn:lakeside:1", "https://example.org/ghana-togo", "Lakeside Wire")
    assert first.text == "Ghana signed a border agreement with Togo."
    assert first.published_at == datetime(2024, 6, 1, 8, 30, tzinfo=UTC)
    assert second.url is None and second.text == "Mali criticised Niger over the dam."
    assert second.published_at == datetime(2024, 6, 2, tzinfo=UTC)


def test_conditional_get_uses_etag_and_skips_unchanged_feed(server):
    feed = FeedConfig(url=server + "/etag.xml")
    read, (first,) = read_feeds([feed], limits=LIMITS)
    assert first.status == "ok" and len(read.articles) == 2
    assert first.state.etag == ETAG
    assert first.state.last_modified == "Sat, 01 Jun 2024 08:30:00 GMT"
    read, (second,) = read_feeds([feed], {feed.url: first.state}, limits=LIMITS)
    assert second.status == "not_modified", second.error
    assert read.articles == () and read.quarantined == ()
    assert second.state.etag == ETAG and second.state.last_status == "not_modified"


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/malformed.xml", "malformed or unsafe XML: ParseError"),
        ("/bomb.xml", "malformed or unsafe XML: EntitiesForbidden"),
        ("/html.xml", "not an RSS 2.0 or Atom feed"),
        ("/slow.xml", "timed out after 0.5 s"),
        ("/huge-declared.xml", "exceeds the limit of 200000 bytes"),
        ("/huge-streamed.xml", "exceeds the limit of 200000 bytes"),
        ("/loop", "more than 3 redirects"),
        ("/to-ftp.xml", "only http and https"),
        ("/missing.xml", "HTTP 404"),
    ],
)
def test_broken_feeds_become_one_quarantine_row(server, path, reason):
    started = time.monotonic()
    read, result = read_one(server, path)
    assert time.monotonic() - started < SLOW_SECONDS + 1
    assert result.status == "error" and reason in result.error
    assert read.articles == ()
    (bad,) = read.quarantined
    assert bad.origin == "feed" and bad.file == server + path and reason in bad.reason
    assert result.state.last_status == "error" and reason in result.state.last_error


def test_a_broken_feed_does_not_stop_the_others(server):
    feeds = [FeedConfig(url=server + p) for p in ("/slow.xml", "/malformed.xml", "/atom.xml")]
    read, results = read_feeds(feeds, limits=LIMITS)
    assert [r.status for r in results] == ["error", "error", "ok"]
    assert [a.article_id for a in read.articles] == ["urn:lakeside:1", "urn:lakeside:2"]
    assert len(read.quarantined) == 2


def test_redirects_are_followed_within_the_limit(server):
    read, result = read_one(server, "/redirect.xml")
    assert result.status == "ok" and len(read.articles) == 2


def test_full_page_fetch_takes_paragraph_text_and_strips_boilerplate(server):
    read, _ = read_one(server, "/pages.xml", full_page=True)
    (article,) = read.articles
    assert article.text == "Peru and Ecuador agreed to reopen their border."
    (bad,) = read.quarantined
    assert "page not fetched" in bad.reason and "HTTP 404" in bad.reason


def test_same_id_in_two_feeds_is_kept_once(server):
    read, _ = read_feeds([FeedConfig(url=server + "/atom.xml"),
                          FeedConfig(url=server + "/redirect.xml"),
                          FeedConfig(url=server + "/etag.xml")], limits=LIMITS)
    assert [a.article_id for a in read.articles].count("urn:lakeside:1") == 1
    assert sum("duplicate article id" in q.reason for q in read.quarantined) == 2


def test_html_to_text_is_safe_and_keeps_paragraphs():
    html = ('<div>Kenya <b>hosted</b> talks.<br/>Somalia came.</div>'
            '<script>alert("x")</script><style>.a{}</style><p>A&nbsp;&lt;tag&gt;</p>')
    assert html_to_text(html) == "Kenya hosted talks.\n\nSomalia came.\n\nA\xa0<tag>".replace(
        "\xa0", " ")


def test_parse_feed_rejects_other_xml():
    with pytest.raises(ValueError, match="not an RSS 2.0 or Atom feed"):
        parse_feed(b"<opml/>")


def test_feeds_config(tmp_path: Path):
    path = tmp_path / "feeds.toml"
    path.write_text(
        '[limits]\ntimeout_seconds = 3\nmax_bytes = 1000\n\n'
        '[[feed]]\nurl = "https://example.org/rss"\nname = "Example"\n\n'
        '[[feed]]\nurl = "http://example.net/atom"\nfull_page = true\n',
        encoding="utf-8",
    )
    config = load_feeds_config(path)
    assert config.limits.timeout_s == 3 and config.limits.max_bytes == 1000
    assert config.feeds == (FeedConfig("https://example.org/rss", "Example", False),
                            FeedConfig("http://example.net/atom", None, True))
    path.write_text('[[feed]]\nurl = "file:///etc/passwd"\n', encoding="utf-8")
    with pytest.raises(InputError, match="only http and https"):
        load_feeds_config(path)
    path.write_text('[limits]\ntimeout = 3\n', encoding="utf-8")
    with pytest.raises(InputError, match="unknown key"):
        load_feeds_config(path)


def test_example_feeds_file_in_the_repository_is_valid(repo_root):
    config = load_feeds_config(repo_root / "feeds.toml")
    assert config.feeds and all(f.url.startswith("https://") for f in config.feeds)
