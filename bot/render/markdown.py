"""HTML from feeds to Discord markdown.

Links become ``text (url)`` rather than masked ``[text](url)`` links: feed authors
must not be able to show one address and link to another. Everything taken from
the feed's text is neutralised (no mentions) and markdown-escaped, so the only
formatting in the result is the formatting this converter writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

from bot.render.text import escape_markdown, neutralise_mentions

_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title", "iframe",
                      "object", "svg", "math", "select", "button"})
_BLOCKS = frozenset({"p", "div", "section", "article", "header", "footer", "figure",
                     "figcaption", "table", "tr", "dl", "dt", "dd", "main", "aside", "nav",
                     "hr", "address", "details", "summary"})
_WRAPPERS = {"b": "**", "strong": "**", "i": "*", "em": "*", "cite": "*", "u": "__",
             "ins": "__", "s": "~~", "strike": "~~", "del": "~~"}
_CAPTURING = frozenset({*_WRAPPERS, "a", "code", "pre", "blockquote",
                        "h1", "h2", "h3", "h4", "h5", "h6"})
_WHITESPACE = re.compile(r"\s+")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_LIST_LINE = re.compile(r"^\s*(?:- |\d+\. )")
_INNER_SPACES = re.compile(r"(?<=\S) {2,}")


@dataclass
class _Frame:
    tag: str
    href: str | None = None
    parts: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(self.parts)


class _Converter(HTMLParser):
    def __init__(self, base_url: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.frames: list[_Frame] = [_Frame("")]
        self.skip_depth = 0
        self.raw_depth = 0
        self.lists: list[list[int | str]] = []

    def emit(self, text: str) -> None:
        self.frames[-1].parts.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag == "br":
            self.emit("\n")
        elif tag in _BLOCKS:
            self.emit("\n\n")
        elif tag in ("ul", "ol"):
            if not self.lists:
                self.emit("\n")
            self.lists.append([tag, 0])
        elif tag == "li":
            self._start_list_item()
        elif tag in _CAPTURING:
            href = dict(attrs).get("href") if tag == "a" else None
            self.frames.append(_Frame(tag, href=href))
            if tag in ("code", "pre"):
                self.raw_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr") and not self.skip_depth:
            self.emit("\n" if tag == "br" else "\n\n")

    def _start_list_item(self) -> None:
        if not self.lists:
            self.emit("\n- ")
            return
        current = self.lists[-1]
        current[1] = int(current[1]) + 1
        indent = "  " * (len(self.lists) - 1)
        marker = f"{current[1]}. " if current[0] == "ol" else "- "
        self.emit(f"\n{indent}{marker}")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag in _BLOCKS or tag == "li":
            self.emit("\n\n" if tag in _BLOCKS else "")
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self.emit("\n")
        elif tag in _CAPTURING:
            self._close(tag)

    def _close(self, tag: str) -> None:
        depth = next((i for i in range(len(self.frames) - 1, 0, -1)
                      if self.frames[i].tag == tag), None)
        if depth is None:
            return  # a stray end tag
        while len(self.frames) > depth:
            frame = self.frames.pop()
            if frame.tag in ("code", "pre"):
                self.raw_depth = max(0, self.raw_depth - 1)
            # Frames closed implicitly (unclosed <b> inside <a>) keep their text only.
            rendered = self._render(frame) if len(self.frames) == depth else frame.text()
            self.emit(rendered)

    def _render(self, frame: _Frame) -> str:
        inner = frame.text()
        if frame.tag in _WRAPPERS:
            return _wrap(inner, _WRAPPERS[frame.tag])
        if frame.tag == "a":
            return self._link(inner, frame.href)
        if frame.tag == "code":
            return _wrap(inner.replace("`", "ˋ"), "`")
        if frame.tag == "pre":
            return "\n```\n" + inner.replace("```", "ˋˋˋ").strip("\n") + "\n```\n"
        if frame.tag == "blockquote":
            lines = [line.strip() for line in inner.strip().split("\n")]
            return "\n\n" + "\n".join(f"> {line}" for line in lines) + "\n\n"
        return "\n\n" + _wrap(inner.strip(), "**") + "\n\n"  # headings

    def _link(self, inner: str, href: str | None) -> str:
        url = (href or "").strip()
        if url and self.base_url:
            url = urljoin(self.base_url, url)
        if not url.lower().startswith(("http://", "https://")) or any(c in url for c in " <>()"):
            return inner  # javascript:, mailto:, unresolvable or unsafe to print
        label = inner.strip()
        if not label or label.replace("\\", "").rstrip("/") == url.rstrip("/"):
            return url
        return f"{inner} ({url})"

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.raw_depth:
            self.emit(neutralise_mentions(data))
            return
        text = _WHITESPACE.sub(" ", data)
        if text:
            self.emit(escape_markdown(neutralise_mentions(text)))


def _wrap(inner: str, marker: str) -> str:
    stripped = inner.strip()
    if not stripped:
        return inner
    lead = " " if inner[:1].isspace() else ""
    trail = " " if inner[-1:].isspace() else ""
    return f"{lead}{marker}{stripped}{marker}{trail}"


def html_to_markdown(markup: str, *, base_url: str | None = None) -> str:
    """Discord markdown for an HTML fragment (entities decoded, scripts dropped)."""
    if not markup:
        return ""
    converter = _Converter(base_url)
    try:
        converter.feed(markup)
        converter.close()
    except (AssertionError, ValueError):
        pass  # html.parser gives up on a few pathological inputs; keep what we have
    while len(converter.frames) > 1:  # unclosed tags at the end of the fragment
        frame = converter.frames.pop()
        converter.emit(frame.text())
    return _tidy(converter.frames[0].text())


def _tidy(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        line = _INNER_SPACES.sub(" ", line.rstrip())
        lines.append(line if _LIST_LINE.match(line) else line.lstrip())
    # A final pass over the joined text catches mentions split across tags.
    return neutralise_mentions(_MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip())
