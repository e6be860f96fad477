"""Pull an HTML page's main text and stated metadata out with trafilatura, offline."""

from __future__ import annotations

import datetime
import json
import logging
import re
from typing import Any
from urllib.parse import urljoin

from quotes.read.dates import to_iso

NO_TEXT = "no article text found in the HTML"
# Only dates the page states in its markup: htmldate's extensive search would guess from loose text
# (and falls back to January 1st of a copyright year).
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
_QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability", "charset_normalizer")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class NoText(ValueError):
    """The page has no main text that trafilatura can find."""


def _quiet() -> None:
    """Keep trafilatura and its helpers from logging to the user's terminal."""
    for name in _QUIET_LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(logging.CRITICAL + 1)
        logger.propagate = False


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag within its first 4 KB, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _meta(tree: Any, *names: str) -> str | None:
    """The first non-empty ``content`` of ``<meta property|name=…>`` among ``names``."""
    for name in names:
        for element in tree.iterfind(".//meta[@content]"):
            if name in (element.get("property"), element.get("name")):
                content = (element.get("content") or "").strip()
                if content:
                    return content
    return None


def _publisher_names(data: Any) -> list[str]:
    """Names given as ``publisher`` anywhere in a JSON-LD structure."""
    found: list[str] = []
    if isinstance(data, list):
        for item in data:
            found += _publisher_names(item)
    elif isinstance(data, dict):
        publisher = data.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            found.append(publisher["name"].strip())
        elif isinstance(publisher, str):
            found.append(publisher.strip())
        for key, value in data.items():
            if key != "publisher" and isinstance(value, list | dict):
                found += _publisher_names(value)
    return [name for name in found if name]


def _site_name(tree: Any) -> str | None:
    """The site name the page states (og:site_name, JSON-LD publisher, application-name), never guessed."""
    name = _meta(tree, "og:site_name")
    if name:
        return name
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            names = _publisher_names(json.loads(script.text or ""))
        except ValueError:
            continue
        if names:
            return names[0]
    return _meta(tree, "application-name")


def _page_url(tree: Any) -> str | None:
    """The page's own address from its canonical link, else og:url; absolute URLs only."""
    og_url = _meta(tree, "og:url")
    for link in tree.iterfind(".//link[@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            href = (link.get("href") or "").strip()
            if href.startswith("//"):
                href = "https:" + href
            if og_url and not href.startswith(("http://", "https://")):
                href = urljoin(og_url, href)
            if href.startswith(("http://", "https://")):
                return href
    if og_url and og_url.startswith(("http://", "https://")):
        return og_url
    return None


def _body_text(document: Any) -> str:
    """The extracted main text, one blank line between paragraphs."""
    try:
        from trafilatura.xml import xmltotxt
    except ImportError:  # pragma: no cover - older layouts of trafilatura
        xmltotxt = None
    body = getattr(document, "body", None)
    if xmltotxt is None or body is None:
        text = document.text or ""
        return "\n\n".join(part.strip() for part in text.split("\n") if part.strip())
    blocks = (xmltotxt(element, False).strip() for element in body)
    return "\n\n".join(block for block in blocks if block)


def extract_html(html: str) -> tuple[str, dict[str, str | None]]:
    """Main text and stated metadata (outlet, published, title, url) of a page; NoText when there is none."""
    import trafilatura
    from trafilatura.utils import load_html

    _quiet()
    tree = load_html(html)
    if tree is None:
        raise NoText(NO_TEXT)
    outlet, url = _site_name(tree), _page_url(tree)
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS | {"max_date": datetime.date.today().isoformat()},
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
    )
    text = _body_text(document) if document is not None else ""
    if not text.strip():
        raise NoText(NO_TEXT)
    date = getattr(document, "date", None)
    title = getattr(document, "title", None)
    return text, {
        "outlet": outlet,
        "published": to_iso(date) if date else None,
        "title": title.strip() if title and title.strip() else None,
        "url": url,
    }
