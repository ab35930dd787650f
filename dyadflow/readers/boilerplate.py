"""Remove web-page furniture from article text before it is coded.

Pages copied from news sites carry lines that are not part of the story: reading-time
badges ("2 min read"), share/subscribe prompts, a "Related Posts" heading followed by links
to other stories, and lists of links with dates ("- Title - September 9, 2024"). Coded as
text they would become sentences and, worse, events ("Biden To Host Erdogan ..."). The
rules are line-based and conservative: a line is dropped only when all of it is furniture.
"""

from __future__ import annotations

import re
import unicodedata

# A heading after which the rest of the page is navigation, never the story.
_TAIL_HEADINGS = re.compile(
    r"""^(
        related(\s+(posts?|articles?|stories|news|content|reading|coverage))?
      | (read|see)\s+(more|also|next)(\s+(stories|articles|news))?
      | more\s+(stories|articles|news|from\s+.{1,60})
      | you\s+(may|might)\s+(also\s+)?(like|enjoy|be\s+interested\s+in)
      | recommended(\s+(for\s+you|stories|articles|reading))?
      | also\s+read | further\s+reading
      | (most\s+)?(popular|trending|latest)(\s+(now|news|stories|posts|articles))?
      | leave\s+a\s+(reply|comment) | \d*\s*comments? | tags?
    )\s*:?$""",
    re.IGNORECASE | re.VERBOSE,
)

_READ_TIME = re.compile(r"^\d{1,3}\s*(min|mins|minute|minutes)\.?\s+read$", re.IGNORECASE)

_NETWORKS = r"(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|print|copy\s+link)"
_SHARE = re.compile(
    r"""^(
        share(\s+(this|the))?(\s+(article|story|post|page))?(\s+(on|via)\s+[\w ]{1,30})?
      | (click\s+to\s+)?(share|tweet|print|email)(\s+(on|via|this)\b.{0,40})?
      | subscribe(\s+(to|for|now)\b.{0,80})?
      | sign\s+up(\s+(to|for)\b.{0,80})?
      | follow\s+us(\s+on\b.{0,60})?
      | {networks}(\s*[|·,/]\s*{networks})*
    )[.:!]?$""".replace("{networks}", _NETWORKS),
    re.IGNORECASE | re.VERBOSE,
)

_MONTH = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
    r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?"
)
_DATE = (
    rf"({_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
)
# "- Lebanon's Stand For Peace - September 9, 2024" (a bulleted link with its date)
_DATED_LINK = re.compile(
    rf"^[-*•–—·▪►]\s*\S.*?(\s[-–—|·]\s*|\s*\(\s*){_DATE}\s*\)?$", re.IGNORECASE
)

_BLANK_RUNS = re.compile(r"\n{3,}")


def _squash(line: str) -> str:
    """Case- and space-insensitive, quote-insensitive form for comparing a line to a title."""
    return re.sub(r"\W+", " ", line).strip().casefold()


def is_boilerplate_line(line: str) -> bool:
    """True when the whole line is page furniture that may be dropped where it stands."""
    stripped = line.strip()
    if not stripped or len(stripped) > 160:
        return False
    return bool(
        _READ_TIME.match(stripped) or _SHARE.match(stripped) or _DATED_LINK.match(stripped)
    )


def is_tail_heading(line: str) -> bool:
    """True for a heading ("Related Posts") after which only navigation follows."""
    stripped = line.strip()
    return 0 < len(stripped) <= 60 and bool(_TAIL_HEADINGS.match(stripped))


def normalize_text(text: str) -> str:
    """Unicode NFC, Unix newlines, no trailing spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def strip_boilerplate(text: str, *, title: str | None = None) -> str:
    """The story without page furniture; lines repeating the headline are dropped too."""
    title_key = _squash(title) if title else None
    kept: list[str] = []
    for line in normalize_text(text).split("\n"):
        if is_tail_heading(line):
            break  # the rest of the page is links to other stories
        if is_boilerplate_line(line):
            continue
        if title_key and line.strip() and _squash(line) == title_key:
            continue  # the headline repeated inside the page body
        kept.append(line)
    return normalize_text("\n".join(kept))
