"""The report as one self-contained HTML page: Jinja2 templates (autoescaped), inline CSS, JS and SVG.

The page's data travels as JSON inside ``<script type="application/json">``, with every ``<``, ``>``
and ``&`` written as a ``\\uXXXX`` escape, so no text can close the element or open a comment. A
Content-Security-Policy allows only the page's own style and script (by hash) and no request at all.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from quotes import __version__
from quotes.report.data import RELATIONS, ReportData
from quotes.write.escape import json_safe, visible_line

TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def _environment() -> Any:
    """The Jinja2 environment of the report's templates, autoescaping everything."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["shown"] = lambda value: "" if value is None else visible_line(str(value))
    return env


def embed_json(value: Any) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` escaped, controls and bidi too."""
    dumped = json_safe(json.dumps(value, ensure_ascii=False, separators=(",", ":")))
    return dumped.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _digest(text: str) -> str:
    """A CSP source for inline text: ``'sha256-…'``."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def render(data: ReportData, *, generated: dt.datetime | None = None) -> str:
    """The page for ``data``: one HTML document that needs nothing but itself."""
    env = _environment()
    css = env.get_template("report.css").render()
    script = env.get_template("report.js").render()
    csp = (
        f"default-src 'none'; style-src {_digest(css)}; script-src {_digest(script)}; "
        "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    when = (generated or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M UTC")
    return env.get_template("report.html.j2").render(
        data=data,
        ov=data.overview,
        title=data.page["title"],
        css=css,
        script=script,
        csp=csp,
        payload=embed_json(data.page),
        relations=RELATIONS,
        version=__version__,
        generated=when,
    )
