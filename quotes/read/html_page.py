"""Pull an HTML page's main text and stated metadata out with trafilatura, offline.

The outlet and the publication date are what the page's markup states: ``og:site_name``, the JSON-LD
``publisher`` and ``datePublished``, ``article:published_time`` and its kin, ``<time>`` marked as the
publication time. Dates are read by :func:`quotes.read.dates.to_iso`; nothing is guessed from loose text
or from the day the page is read.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any
from urllib.parse import urljoin

from quotes.read.dates import to_iso

NO_TEXT = "no article text found in the HTML"
# <meta property|name|itemprop=…> that state when the article was first published, most specific first.
_DATE_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "datePublished",
    "article.published", "published_time", "publish-date", "publish_date", "publishdate", "pubdate",
    "dc.date.issued", "DC.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "DC.date",
    "parsely-pub-date", "sailthru.date", "date",
)  # fmt: skip
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
    """The first non-empty ``content`` of ``<meta property|name|itemprop=…>`` among ``names``."""
    for name in names:
        for element in tree.iterfind(".//meta[@content]"):
            if name in (element.get("property"), element.get("name"), element.get("itemprop")):
                content = (element.get("content") or "").strip()
                if content:
                    return content
    return None


def _json_ld(tree: Any) -> list[Any]:
    """The JSON-LD blocks of a page, parsed; blocks that are not valid JSON are passed over."""
    found = []
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            found.append(json.loads(script.text or ""))
        except ValueError:
            continue
    return found


def _ld_items(data: Any) -> list[dict[str, Any]]:
    """Every JSON object in a JSON-LD structure (``@graph`` and nested values included), in order."""
    items: list[dict[str, Any]] = []
    if isinstance(data, list):
        for item in data:
            items += _ld_items(item)
    elif isinstance(data, dict):
        items.append(data)
        for value in data.values():
            if isinstance(value, list | dict):
                items += _ld_items(value)
    return items


def _is_article(item: dict[str, Any]) -> bool:
    """Whether a JSON-LD object is an article (NewsArticle, Article, ReportageNewsArticle, …)."""
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and ("Article" in k or k == "BlogPosting") for k in kinds)


def _publisher_names(data: Any) -> list[str]:
    """Names given as ``publisher`` anywhere in a JSON-LD structure."""
    found: list[str] = []
    for item in _ld_items(data):
        publisher = item.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            found.append(publisher["name"].strip())
        elif isinstance(publisher, str):
            found.append(publisher.strip())
    return [name for name in found if name]


def _published(tree: Any, blocks: list[Any]) -> str | None:
    """The publication date the page's markup states, as an ISO date."""
    items = [item for block in blocks for item in _ld_items(block)]
    for item in sorted(items, key=lambda item: not _is_article(item)):
        value = item.get("datePublished")
        iso = to_iso(value) if isinstance(value, str) else None
        if iso:
            return iso
    for name in _DATE_META:
        value = _meta(tree, name)
        iso = to_iso(value) if value else None
        if iso:
            return iso
    for element in tree.iterfind(".//time[@datetime]"):
        marked = element.get("itemprop") == "datePublished" or element.get("pubdate") is not None
        if marked or "publish" in (element.get("class") or "").lower():
            iso = to_iso(element.get("datetime") or "")
            if iso:
                return iso
    return None


def _site_name(tree: Any, blocks: list[Any]) -> str | None:
    """The site name the page states (og:site_name, JSON-LD publisher, application-name), never guessed."""
    name = _meta(tree, "og:site_name")
    if name:
        return name
    for block in blocks:
        names = _publisher_names(block)
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
    blocks = _json_ld(tree)
    outlet, url, published = _site_name(tree, blocks), _page_url(tree), _published(tree, blocks)
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,  # for the title; trafilatura's date is not used (see _published)
        date_extraction_params={"extensive_search": False, "original_date": True},
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
    )
    text = _body_text(document) if document is not None else ""
    if not text.strip():
        raise NoText(NO_TEXT)
    title = getattr(document, "title", None)
    return text, {
        "outlet": outlet,
        "published": published,
        "title": title.strip() if title and title.strip() else None,
        "url": url,
    }
