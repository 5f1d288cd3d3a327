"""An article's text as safe HTML with its figures highlighted (pure; no Streamlit).

Every character of the article is escaped: no markup, script or style in an article is ever
rendered; only our own <mark> and <p> tags are.
"""

from __future__ import annotations

import pandas as pd

from dashboard.guard import safe
from dashboard.read import citations

_STYLE = (
    "<style>.article p{line-height:1.6;margin:0 0 .8em 0;white-space:pre-wrap}"
    " .article mark{background:#FFE8A3;padding:0 2px;border-radius:3px}"
    " .article mark.derived{background:#DDEBF7}"
    " .article sup{color:#0072B2;font-weight:600}</style>"
)


def highlighted_html(text: str, figures: pd.DataFrame) -> str:
    """The text in paragraphs, each figure's span in a <mark> titled with its reading.

    >>> f = pd.DataFrame({"span_start": [4], "span_end": [8], "country_a": ["AZE"], "country_b": ["JPN"],
    ...     "flow_from": ["JPN"], "flow_to": ["AZE"], "measure": [None], "value": [2e8], "unit": ["USD"],
    ...     "qualifier": ["over"], "kind": ["level"], "indicator": ["exports"], "period_label": ["2020"],
    ...     "status": ["reported"]})
    >>> highlighted_html("<b> $200m", f).split("</style>")[1]
    '<div class="article"><p>&lt;b&gt; <mark title="[1] Exports, Japan → Azerbaijan: over $200 m, 2020, reported">$200</mark><sup>1</sup>m</p></div>'
    """
    # Several figures can share a span (a derived figure cites its source's number): one mark
    # per distinct span, titled with every reading.
    spans: dict[tuple[int, int], list[tuple[int, str, bool]]] = {}
    ordered = figures.sort_values(["span_start", "span_end"])
    words = citations.readings(ordered) if len(ordered) else []
    for i, (start, end, reading, status) in enumerate(
        zip(ordered["span_start"], ordered["span_end"], words, ordered["status"].astype(str), strict=False), start=1
    ):
        start, end = int(start), int(end)
        if 0 <= start < end <= len(text):
            spans.setdefault((start, end), []).append((i, reading, status == "derived"))
    out, at = [], 0
    for (start, end), readings in sorted(spans.items()):
        if start < at:  # overlapping spans: keep the first
            continue
        out.append(safe.html(text[at:start]))
        title = safe.html(" | ".join(f"[{i}] {r}" for i, r, _ in readings))
        numbers = ",".join(str(i) for i, _, _ in readings)
        derived = ' class="derived"' if all(d for _, _, d in readings) else ""
        out.append(f'<mark{derived} title="{title}">{safe.html(text[start:end])}</mark><sup>{numbers}</sup>')
        at = end
    out.append(safe.html(text[at:]))
    body = "".join(out)
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return f'{_STYLE}<div class="article">{paragraphs}</div>'
