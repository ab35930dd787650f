"""News feeds (RSS 2.0 and Atom) read over HTTP, bounded and safe.

Every request has a timeout and an overall deadline, the body is streamed and abandoned
once it passes a size limit, redirects are followed by hand (at most `max_redirects`, and
only to http/https URLs), and XML is parsed with defusedxml (no DTDs, no entity expansion).
Conditional GET (ETag / Last-Modified) skips feeds that did not change since the last run;
the per-feed state lives in the warehouse (`dyadflow.readers.feed_state`).

Item text comes from the item itself (content, else summary/description) with HTML
stripped by a parser that keeps only text; fetching the linked page instead is optional
(`full_page = true` per feed) and obeys the same limits. A feed that cannot be read
(network error, timeout, oversized, malformed XML) becomes one quarantined row and the
other feeds are read as usual; an unusable item becomes a quarantined row too.
"""

from __future__ import annotations

import codecs
import email.utils
import time
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
import httpx
from defusedxml import DefusedXmlException

from dyadflow import __version__
from dyadflow.errors import InputError
from dyadflow.readers.articles import ReadResult, article_from_record
from dyadflow.records import Article, Quarantined

ORIGIN = "feed"
ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"


@dataclass(frozen=True, slots=True)
class FeedLimits:
    timeout_s: float = 10.0  # connect/read timeout of each request
    deadline_s: float = 30.0  # whole download of one response, however slowly it trickles
    max_bytes: int = 5_000_000  # of one response body
    max_redirects: int = 5
    user_agent: str = f"dyadflow/{__version__} (+https://github.com/dyadflow/dyadflow)"


@dataclass(frozen=True, slots=True)
class FeedConfig:
    url: str
    name: str | None = None  # shown as the article source when the feed has no title
    full_page: bool = False  # fetch each item's page for its text (same limits)


@dataclass(frozen=True, slots=True)
class FeedState:
    """What the last successful fetch of a feed said, for conditional GET."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_status: str | None = None  # ok, not_modified, error
    last_fetched_at: datetime | None = None
    last_error: str | None = None
    n_items: int | None = None


@dataclass(frozen=True, slots=True)
class FeedResult:
    url: str
    status: str  # ok, not_modified, error
    articles: tuple[Article, ...]
    quarantined: tuple[Quarantined, ...]
    state: FeedState
    error: str | None = None


@dataclass(frozen=True, slots=True)
class FeedsConfig:
    feeds: tuple[FeedConfig, ...]
    limits: FeedLimits = field(default_factory=FeedLimits)


_REDIRECTS = frozenset({301, 302, 303, 307, 308})  # not 304, which httpx also calls one


class FetchError(Exception):
    """A response that could not be obtained within the limits."""


# --- configuration ----------------------------------------------------------------------


def check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(f"only http and https URLs are fetched, not {url!r}")
    return url


def load_feeds_config(path: str | Path) -> FeedsConfig:
    """Feeds and limits from a TOML file (see feeds.toml): `[[feed]]` tables and `[limits]`."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError("feeds file not found", file=str(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"invalid TOML: {exc}", file=str(path)) from exc
    limits_table = data.get("limits", {})
    known = {"timeout_seconds": "timeout_s", "deadline_seconds": "deadline_s",
             "max_bytes": "max_bytes", "max_redirects": "max_redirects",
             "user_agent": "user_agent"}
    unknown = sorted(set(limits_table) - set(known))
    if unknown:
        raise InputError(f"[limits]: unknown key(s) {', '.join(unknown)}", file=str(path))
    limits = FeedLimits(**{known[k]: v for k, v in limits_table.items()})
    feeds = []
    for number, entry in enumerate(data.get("feed", []), start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
            raise InputError(f"[[feed]] number {number} needs a url", file=str(path))
        try:
            check_url(entry["url"])
        except FetchError as exc:
            raise InputError(f"[[feed]] number {number}: {exc}", file=str(path)) from exc
        feeds.append(FeedConfig(url=entry["url"], name=entry.get("name"),
                                full_page=bool(entry.get("full_page", False))))
    return FeedsConfig(tuple(feeds), limits)


# --- HTTP -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # after redirects
    status: int
    headers: httpx.Headers
    body: bytes


def fetch(client: httpx.Client, url: str, limits: FeedLimits,
          headers: dict[str, str] | None = None) -> Response:
    """GET `url` within `limits`: bounded redirects, size and time; raises FetchError."""
    started = time.monotonic()
    current = check_url(url)
    for _ in range(limits.max_redirects + 1):
        try:
            with client.stream("GET", current, headers=headers or {}) as response:
                if response.status_code in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"{current}: redirect without a Location header")
                    current = check_url(urljoin(current, location))
                    continue
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limits.max_bytes:
                    raise FetchError(f"{current}: response of {declared} bytes exceeds the "
                                     f"limit of {limits.max_bytes} bytes")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limits.max_bytes:
                        raise FetchError(f"{current}: response exceeds the limit of "
                                         f"{limits.max_bytes} bytes")
                    if time.monotonic() - started > limits.deadline_s:
                        raise FetchError(f"{current}: download took longer than "
                                         f"{limits.deadline_s:g} s")
                    chunks.append(chunk)
                return Response(current, response.status_code, response.headers,
                                b"".join(chunks))
        except httpx.TimeoutException as exc:
            raise FetchError(f"{current}: timed out after {limits.timeout_s:g} s "
                             f"({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{current}: {type(exc).__name__}: {exc}") from exc
    raise FetchError(f"{url}: more than {limits.max_redirects} redirects")


def http_client(limits: FeedLimits) -> httpx.Client:
    return httpx.Client(
        timeout=httpx.Timeout(limits.timeout_s),
        follow_redirects=False,  # followed by hand, to check each hop's scheme and count
        headers={"User-Agent": limits.user_agent},
    )


# --- HTML to text -----------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "iframe", "svg", "head", "nav",
              "footer", "form", "button", "select", "object", "embed"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "blockquote", "article", "section", "header", "table", "pre", "hr", "figcaption",
               "dd", "dt"}


class _TextExtractor(HTMLParser):
    """Collects text outside scripts and styles; block elements become paragraph breaks."""

    def __init__(self, *, paragraphs_only: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.paragraphs_only = paragraphs_only  # full pages: only <p> text, not menus
        self.in_paragraph = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        if tag == "p":
            self.in_paragraph += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skip_depth:
            self.skip_depth -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        if tag == "p" and self.in_paragraph:
            self.in_paragraph -= 1

    def handle_data(self, data: str) -> None:
        if self.skip_depth or (self.paragraphs_only and not self.in_paragraph):
            return
        self.parts.append(data)


def html_to_text(html: str, *, paragraphs_only: bool = False) -> str:
    """Plain text of an HTML fragment or page: tags dropped, entities decoded, scripts and
    styles removed, paragraphs separated by a blank line."""
    parser = _TextExtractor(paragraphs_only=paragraphs_only)
    parser.feed(html)
    parser.close()
    paragraphs = ("".join(parser.parts)).split("\n\n")
    cleaned = (" ".join(p.split()) for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


# --- RSS / Atom -----------------------------------------------------------------------


def _child_text(element: Element, *tags: str) -> str | None:
    for tag in tags:
        child = element.find(tag)
        if child is not None and child.text and child.text.strip():
            return child.text.strip()
    return None


def _atom_link(entry: Element) -> str | None:
    fallback = None
    for link in entry.findall(f"{ATOM}link"):
        href = link.get("href")
        if href and link.get("rel", "alternate") == "alternate":
            return href.strip()
        fallback = fallback or (href.strip() if href else None)
    return fallback


def _rfc822_to_iso(value: str | None) -> str | None:
    """RSS pubDate ("Tue, 05 Mar 2024 10:00:00 GMT") as ISO 8601; other forms pass through
    unchanged for the common date parser (which quarantines what it cannot read)."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return value
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.isoformat()


def parse_feed(content: bytes) -> tuple[str | None, list[dict[str, Any]]]:
    """(feed title, raw item records) of an RSS 2.0 or Atom document.

    Records have the article fields (`id, url, title, published_at, text`) plus
    `_html` (the item's HTML content, before stripping). Raises ValueError for malformed
    or unsafe XML and for documents that are neither RSS nor Atom.
    """
    try:
        root = SafeET.fromstring(content)
    except (ParseError, DefusedXmlException) as exc:
        raise ValueError(f"malformed or unsafe XML: {type(exc).__name__}: {exc}") from exc
    records: list[dict[str, Any]] = []
    if root.tag == "rss" or root.find("channel") is not None:
        channel = root.find("channel")
        if channel is None:
            raise ValueError("RSS document without a <channel>")
        feed_title = _child_text(channel, "title")
        for item in channel.findall("item"):
            link = _child_text(item, "link")
            html = _child_text(item, f"{CONTENT}encoded", "description") or ""
            records.append({
                "id": _child_text(item, "guid") or link,
                "url": link,
                "title": _child_text(item, "title"),
                "published_at": _rfc822_to_iso(_child_text(item, "pubDate", f"{DC}date")),
                "_html": html,
            })
        return feed_title, records
    if root.tag == f"{ATOM}feed":
        feed_title = _child_text(root, f"{ATOM}title")
        for entry in root.findall(f"{ATOM}entry"):
            link = _atom_link(entry)
            html = _child_text(entry, f"{ATOM}content", f"{ATOM}summary") or ""
            records.append({
                "id": _child_text(entry, f"{ATOM}id") or link,
                "url": link,
                "title": _child_text(entry, f"{ATOM}title"),
                "published_at": _child_text(entry, f"{ATOM}published", f"{ATOM}updated"),
                "_html": html,
            })
        return feed_title, records
    raise ValueError(f"not an RSS 2.0 or Atom feed (root element <{root.tag}>)")


# --- one feed, many feeds -----------------------------------------------------------------


def _conditional_headers(state: FeedState | None) -> dict[str, str]:
    headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                         "text/xml;q=0.8, */*;q=0.1"}
    if state and state.etag:
        headers["If-None-Match"] = state.etag
    if state and state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def _page_text(client: httpx.Client, url: str | None, limits: FeedLimits) -> str:
    if not url:
        raise FetchError("item has no link to fetch")
    response = fetch(client, url, limits)
    if response.status != 200:
        raise FetchError(f"{url}: HTTP {response.status}")
    html = response.body.decode(response_encoding(response), errors="replace")
    return html_to_text(html, paragraphs_only=True) or html_to_text(html)


def response_encoding(response: Response) -> str:
    for part in response.headers.get("content-type", "").split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            try:
                return codecs.lookup(value.strip('"')).name
            except LookupError:
                break  # an unknown charset label: decode as UTF-8 with replacement
    return "utf-8"


def read_feed(client: httpx.Client, feed: FeedConfig, state: FeedState | None,
              limits: FeedLimits, *, now: datetime | None = None) -> FeedResult:
    """Fetch and parse one feed; never raises for network or content problems."""
    now = now or datetime.now(UTC)
    previous = state or FeedState(url=feed.url)

    def failed(reason: str, payload: str = "") -> FeedResult:
        bad = Quarantined(ORIGIN, feed.url, None, reason, payload)
        return FeedResult(feed.url, "error", (), (bad,),
                          replace(previous, last_status="error", last_fetched_at=now,
                                  last_error=reason), reason)

    try:
        response = fetch(client, feed.url, limits, _conditional_headers(state))
    except FetchError as exc:
        return failed(str(exc))
    if response.status == 304:
        return FeedResult(feed.url, "not_modified", (), (),
                          replace(previous, last_status="not_modified", last_fetched_at=now,
                                  last_error=None))
    if response.status != 200:
        return failed(f"{feed.url}: HTTP {response.status}")
    try:
        feed_title, records = parse_feed(response.body)
    except ValueError as exc:
        return failed(f"{feed.url}: {exc}", response.body[:10_000].decode("utf-8", "replace"))
    articles: list[Article] = []
    quarantined: list[Quarantined] = []
    for number, raw in enumerate(records, start=1):
        record = {k: v for k, v in raw.items() if not k.startswith("_")}
        record["source"] = feed_title or feed.name
        try:
            record["text"] = (_page_text(client, raw["url"], limits) if feed.full_page
                              else html_to_text(raw["_html"]))
        except FetchError as exc:
            quarantined.append(Quarantined(ORIGIN, feed.url, number,
                                           f"item {number}: page not fetched: {exc}",
                                           repr(record)))
            continue
        if not record.get("id"):
            quarantined.append(Quarantined(ORIGIN, feed.url, number,
                                           f"item {number} has no guid, id or link",
                                           repr(record)))
            continue
        item = article_from_record(record, file=feed.url, line=number, origin=ORIGIN)
        (articles if isinstance(item, Article) else quarantined).append(item)
    new_state = replace(
        previous,
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        last_status="ok",
        last_fetched_at=now,
        last_error=None,
        n_items=len(records),
    )
    return FeedResult(feed.url, "ok", tuple(articles), tuple(quarantined), new_state)


def read_feeds(feeds: Sequence[FeedConfig], states: dict[str, FeedState] | None = None,
               limits: FeedLimits | None = None) -> tuple[ReadResult, tuple[FeedResult, ...]]:
    """Read every feed; articles with an id already seen in this run are skipped as
    duplicates (feeds often share stories), with a quarantine row saying so."""
    limits = limits or FeedLimits()
    states = states or {}
    results: list[FeedResult] = []
    with http_client(limits) as client:
        for feed in feeds:
            results.append(read_feed(client, feed, states.get(feed.url), limits))
    return merge_results(results), tuple(results)


def merge_results(results: Iterable[FeedResult]) -> ReadResult:
    articles: dict[str, Article] = {}
    quarantined: list[Quarantined] = []
    for result in results:
        quarantined.extend(result.quarantined)
        for article in result.articles:
            first = articles.get(article.article_id)
            if first is None:
                articles[article.article_id] = article
            else:
                quarantined.append(Quarantined(
                    ORIGIN, article.origin_file, article.origin_line,
                    f"duplicate article id {article.article_id!r} (first read from "
                    f"{first.origin_file} item {first.origin_line})", article.text))
    return ReadResult(tuple(articles.values()), tuple(quarantined))
