"""The machine check of misreading: a chart's image drawn by plotly.js in headless Chromium, and
every word of it measured. Used by tests/browser/test_misread.py and `make gallery`.

What a hurried reader must never meet:
- a word outside the image (cut at its edge), or two words on top of each other;
- a point with neither a visible label nor a line in the notes giving its value;
- a part-year or undated figure whose label does not name its period;
- a subtitle with words missing.
Each problem names the image and the element, so a failure says where to look.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import plotly

PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
# Slack for anti-aliasing: glyph boxes of neighbouring lines touch by a pixel or so.
TOUCH = 1.5

# Every <text> drawn in a plotly chart's SVG, with its box relative to the chart's top-left
# corner; `kind` is what it is (an annotation, a point label, a tick, the legend...).
COLLECT = """
(root) => {
  const origin = root.getBoundingClientRect();
  const out = [];
  for (const t of root.querySelectorAll('svg text')) {
    const content = (t.textContent || '').trim();
    if (!content) continue;
    const style = getComputedStyle(t);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
    if (t.closest('.hoverlayer')) continue;
    const r = t.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const kind = t.closest('.annotation') ? 'annotation' : t.closest('.textpoint') ? 'label'
      : t.closest('.legend') ? 'legend' : t.closest('.xtick, .x2tick') ? 'x tick' : t.closest('.ytick') ? 'y tick'
      : t.closest('.g-ytitle, .g-xtitle') ? 'axis title' : 'text';
    out.push({kind, text: content, x0: r.left - origin.left, y0: r.top - origin.top,
              x1: r.right - origin.left, y1: r.bottom - origin.top});
  }
  return {texts: out, width: origin.width, height: origin.height};
}
"""


def page_html() -> str:
    return f"<html><body style='margin:0'><div id='c'></div><script src='file://{PLOTLY_JS}'></script></body></html>"


def draw(page: Any, fig: Any) -> dict[str, Any]:
    """Draw `fig` (static, as an image) in `page` (opened on `page_html()`) and measure its words."""
    spec = json.loads(fig.to_json())
    return page.evaluate(
        """async ([spec, collect]) => {
             const div = document.getElementById('c');
             Plotly.purge(div);
             await Plotly.newPlot(div, spec.data, spec.layout, {staticPlot: true});
             return eval(collect)(div);
           }""",
        [spec, COLLECT],
    )


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:49] + "…"


def layout_problems(name: str, measured: dict[str, Any], width: float, height: float) -> list[str]:
    """Words outside the image or over each other."""
    problems = []
    texts = measured["texts"]
    for t in texts:
        if t["x0"] < -TOUCH or t["y0"] < -TOUCH or t["x1"] > width + TOUCH or t["y1"] > height + TOUCH:
            problems.append(f"{name}: {t['kind']} “{_short(t['text'])}” runs outside the image "
                            f"({t['x0']:.0f},{t['y0']:.0f})-({t['x1']:.0f},{t['y1']:.0f}) of {width:.0f}x{height:.0f}")
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
            h = min(a["y1"], b["y1"]) - max(a["y0"], b["y0"])
            if w > TOUCH and h > TOUCH * 2:
                problems.append(f"{name}: {a['kind']} “{_short(a['text'])}” overlaps {b['kind']} “{_short(b['text'])}”")
    return problems


def reading_problems(name: str, measured: dict[str, Any], points: Iterable[dict[str, Any]], subtitle: str) -> list[str]:
    """Each point's value readable on the image, with its period when it is not a full year;
    the subtitle whole."""
    problems = []
    texts = measured["texts"]
    labels = [t["text"] for t in texts if t["kind"] == "label"]
    words = " ".join(" ".join(t["text"].split()) for t in texts if t["kind"] == "annotation")
    for p in points:
        shown = [lab for lab in labels if lab.startswith(p["value"])]
        noted = p.get("note") and " ".join(p["note"].split()) in words
        if not shown and not noted:
            problems.append(f"{name}: point “{p['value']} ({p['period']})” has no visible label and no note")
            continue
        if p["needs_period"] and shown and not any(p["period"] in lab for lab in shown) and not noted:
            problems.append(f"{name}: label “{shown[0]}” of a part-year or undated figure does not name its period “{p['period']}”")
    # A mark on a label ("①": a curator corrected the figure) points to a note: that note must be
    # on the image, or the mark means nothing to whoever the image is pasted for.
    for mark in sorted({m for lab in labels for m in re.findall(r"[\u2460-\u2473]", lab)}):
        if f"Note: {mark} " not in words:
            problems.append(f"{name}: a label carries the mark {mark} but no note on the image says what it means")
    whole = " ".join(subtitle.split())
    if whole and whole not in words:
        missing = [w for w in whole.split() if w not in words.split()]
        problems.append(f"{name}: subtitle not whole on the image; missing: {' '.join(missing[:8]) or '(its order)'}")
    return problems


def problems_of(page: Any, cd: Any, name: str) -> list[str]:
    """Every misreading the image of `cd` at its size allows, named by `name`."""
    from dashboard.read import chart_image, viewspec

    fig = chart_image.image_figure(cd, cd.view.size)
    width, height = viewspec.IMAGE_SIZES[cd.view.size]
    measured = draw(page, fig)
    name = f"{name} ({width}x{height})"
    points = (fig.layout.meta or {}).get("points", [])
    if len(points) != len(cd.figures):
        return [f"{name}: the image describes {len(points)} points of {len(cd.figures)} figures"]
    return layout_problems(name, measured, width, height) + reading_problems(name, measured, points, cd.text.subtitle)
