"""Small inline SVG charts for the HTML reports: no scripts, no external files, print-friendly.

Every label goes through `markupsafe.escape`, so a configuration named `<script>` is drawn as text.
"""
from __future__ import annotations

import math

from markupsafe import Markup, escape

PALETTE = ("#3366cc", "#dc3912", "#109618", "#ff9900", "#990099", "#0099c6", "#dd4477", "#66aa00")


def _fmt(value: float) -> str:
    return f"{value:.3g}" if abs(value) < 1000 else f"{value:.0f}"


def _scale(lo: float, hi: float, a: float, b: float):
    span = (hi - lo) or 1.0
    return lambda v: a + (v - lo) / span * (b - a)


def nice_axis(lo: float, hi: float, count: int = 5) -> tuple[float, float, list[tuple[float, str]]]:
    """An axis through [lo, hi] widened to round bounds, with about `count` ticks at 1, 2, 2.5 or 5 x 10^k
    steps and their labels (as many decimals as the step needs): 0.84, 0.85, not 0.836, 0.849."""
    if hi <= lo:
        lo, hi = lo - (abs(lo) * 0.05 or 0.5), hi + (abs(hi) * 0.05 or 0.5)
    raw = (hi - lo) / max(count - 1, 1)
    power = 10.0 ** math.floor(math.log10(raw))
    factor = next(f for f in (1.0, 2.0, 2.5, 5.0, 10.0) if f * power >= raw * (1 - 1e-9))
    step = factor * power
    first, last = math.floor(lo / step + 1e-9), math.ceil(hi / step - 1e-9)
    decimals = max(0, -math.floor(math.log10(step) + 1e-9) + (1 if factor == 2.5 else 0))
    ticks = [(round(i * step, 12), f"{i * step:.{decimals}f}") for i in range(first, last + 1)]
    return ticks[0][0], ticks[-1][0], ticks


def strip_plot(series: dict[str, list[float]], claims: dict[str, float] | None = None, *, title: str = "",
               metric: str = "") -> Markup:
    """One row per configuration: every seed as a dot, the mean as a bar, a claimed value as a red diamond."""
    claims = claims or {}
    values = [v for vals in series.values() for v in vals] + list(claims.values())
    if not values:
        return Markup("")
    lo, hi = min(values), max(values)
    pad = (hi - lo) * 0.04
    lo, hi, ticks = nice_axis(lo - pad, hi + pad)
    width, left, right, row = 640, 120, 20, 34
    height = 40 + row * len(series) + 44
    x = _scale(lo, hi, left, width - right)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" class="chart" '
             f'aria-label="{escape(title or "seed distribution")}">']
    if title:
        parts.append(f'<text x="{left}" y="18" class="chart-title">{escape(title)}</text>')
    for i, (name, vals) in enumerate(series.items()):
        y = 40 + row * i + row / 2
        color = PALETTE[i % len(PALETTE)]
        parts.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end" class="label">{escape(name)}</text>')
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y}" y2="{y}" class="grid"/>')
        for j, v in enumerate(vals):
            jitter = ((j * 7) % 9 - 4) * 1.6
            parts.append(f'<circle cx="{x(v):.1f}" cy="{y + jitter:.1f}" r="4" fill="{color}" fill-opacity="0.65">'
                         f'<title>{escape(name)}: {_fmt(v)}</title></circle>')
        if vals:
            mean = sum(vals) / len(vals)
            parts.append(f'<line x1="{x(mean):.1f}" x2="{x(mean):.1f}" y1="{y - 11}" y2="{y + 11}" stroke="#222" stroke-width="2.5">'
                         f'<title>mean {_fmt(mean)}</title></line>')
        if name in claims:
            cx = x(claims[name])
            parts.append(f'<path d="M{cx:.1f} {y - 9} l7 9 l-7 9 l-7 -9 z" class="claim"><title>claimed {_fmt(claims[name])}</title></path>')
    axis_y = 40 + row * len(series) + 8
    parts.append(f'<line x1="{left}" x2="{width - right}" y1="{axis_y}" y2="{axis_y}" class="axis"/>')
    for v, label in ticks:
        parts.append(f'<text x="{x(v):.1f}" y="{axis_y + 16}" text-anchor="middle" class="tick">{label}</text>')
    if metric:
        parts.append(f'<text x="{(left + width - right) / 2}" y="{axis_y + 30}" text-anchor="middle" class="tick">{escape(metric)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def probability_bars(rows: list[tuple[str, float, tuple[float, float] | None]], *, title: str = "") -> Markup:
    """Horizontal bars of probabilities in [0, 1] with optional intervals (e.g. P(A > B)); each value is
    written in a column right of the scale, so no interval runs through it."""
    if not rows:
        return Markup("")
    width, left, right, row = 640, 200, 60, 28
    height = 34 + row * len(rows) + 24
    x = _scale(0.0, 1.0, left, width - right)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" class="chart" '
             f'aria-label="{escape(title or "probabilities")}">']
    if title:
        parts.append(f'<text x="{left}" y="18" class="chart-title">{escape(title)}</text>')
    for i, (label, p, ci) in enumerate(rows):
        y = 30 + row * i
        parts.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end" class="label">{escape(label)}</text>')
        parts.append(f'<rect x="{left}" y="{y + 3}" width="{x(p) - left:.1f}" height="16" class="bar"><title>{p:.2f}</title></rect>')
        if ci:
            parts.append(f'<line x1="{x(ci[0]):.1f}" x2="{x(ci[1]):.1f}" y1="{y + 11}" y2="{y + 11}" class="ci"/>')
        parts.append(f'<text x="{width - right + 10}" y="{y + 15}" class="value">{p:.2f}</text>')
    half = x(0.5)
    parts.append(f'<line x1="{half}" x2="{half}" y1="26" y2="{height - 20}" class="half"/>')
    parts.append(f'<text x="{half}" y="{height - 6}" text-anchor="middle" class="tick">0.5 = coin flip</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def line_chart(xs: list[float], series: dict[str, list[float]], *, title: str = "", x_label: str = "",
               y_label: str = "") -> Markup:
    """Lines over a shared x axis (best-of-k inflation against k)."""
    ys = [v for vals in series.values() for v in vals]
    if not xs or not ys:
        return Markup("")
    width, height, left, right, top, bottom = 640, 240, 60, 120, 30, 36
    x = _scale(min(xs), max(xs), left, width - right)
    lo, hi, ticks = nice_axis(min(ys), max(ys), count=4)
    y = _scale(lo, hi, height - bottom, top)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" class="chart" '
             f'aria-label="{escape(title or "chart")}">']
    if title:
        parts.append(f'<text x="{left}" y="18" class="chart-title">{escape(title)}</text>')
    parts.append(f'<line x1="{left}" x2="{width - right}" y1="{height - bottom}" y2="{height - bottom}" class="axis"/>')
    parts.append(f'<line x1="{left}" x2="{left}" y1="{top}" y2="{height - bottom}" class="axis"/>')
    for k in xs:
        parts.append(f'<text x="{x(k):.1f}" y="{height - bottom + 14}" text-anchor="middle" class="tick">{_fmt(k)}</text>')
    for v, label in ticks:
        parts.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" class="tick">{label}</text>')
    for i, (name, vals) in enumerate(series.items()):
        color = PALETTE[i % len(PALETTE)]
        points = " ".join(f"{x(k):.1f},{y(v):.1f}" for k, v in zip(xs, vals))
        parts.append(f'<polyline points="{points}" fill="none" stroke="{color}" stroke-width="2"/>')
        for k, v in zip(xs, vals):
            parts.append(f'<circle cx="{x(k):.1f}" cy="{y(v):.1f}" r="3" fill="{color}"><title>{escape(name)} k={_fmt(k)}: {_fmt(v)}</title></circle>')
        if vals:
            parts.append(f'<text x="{width - right + 8}" y="{y(vals[-1]) + 4:.1f}" class="label" fill="{color}">{escape(name)}</text>')
    if x_label:
        parts.append(f'<text x="{(left + width - right) / 2}" y="{height - 4}" text-anchor="middle" class="tick">{escape(x_label)}</text>')
    if y_label:
        parts.append(f'<text x="12" y="{top - 8}" class="tick">{escape(y_label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def stacked_bar(parts_in: list[tuple[str, float]], *, title: str = "") -> Markup:
    """One bar split into shares (consistency: always right / flipping / always wrong)."""
    total = sum(v for _, v in parts_in) or 1.0
    width, left, height = 640, 10, 70
    colors = ("#109618", "#ff9900", "#dc3912", "#3366cc")
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" class="chart" '
           f'aria-label="{escape(title or "shares")}">']
    if title:
        out.append(f'<text x="{left}" y="16" class="chart-title">{escape(title)}</text>')
    cursor = left
    for i, (label, value) in enumerate(parts_in):
        w = (width - 2 * left) * value / total
        color = colors[i % len(colors)]
        out.append(f'<rect x="{cursor:.1f}" y="24" width="{w:.1f}" height="20" fill="{color}">'
                   f'<title>{escape(label)}: {value:g}</title></rect>')
        legend_x = left + i * (width - 2 * left) / max(len(parts_in), 1)
        out.append(f'<rect x="{legend_x:.1f}" y="51" width="10" height="10" fill="{color}"/>')
        out.append(f'<text x="{legend_x + 14:.1f}" y="60" class="tick">{escape(label)} {value / total:.0%}</text>')
        cursor += w
    out.append("</svg>")
    return Markup("".join(out))
