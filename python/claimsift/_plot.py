"""Charts of a comparison: one mark per outlet and figure, with the bounds drawn.

``plot(comparison)`` reads only ``comparison.to_records()`` (fields ``group``, ``label``,
``measure``, ``doc_id``, ``outlet``, ``date``, ``value``, ``value_max``, ``low``, ``high``,
``bound``, ``status``, ``unit``, ``base_unit``) and draws, for each measure reported by at least
``min_docs`` documents, one panel with one mark per document's figure:

- ``=``: a filled dot;
- ``>=`` / ``>``: a dot at the lower bound with an arrow pointing up (hollow for the strict ``>``),
  so "at least 61,827" never looks like an exact figure;
- ``<=`` / ``<``: a dot at the upper bound with an arrow pointing down;
- ``~`` and ranges (``value_max``): a band from ``low`` to ``high`` with a tick at the value.

Documents with known dates are placed on a date axis, otherwise one column per outlet. Values are
in the comparison's base unit (``base_unit``) where it has one, so different units of one measure
share an axis. matplotlib is imported only when ``plot`` is called (``pip install
'claimsift[notebook]'``).
"""

from __future__ import annotations

import datetime as _dt
import math
from typing import Any, Iterable, Optional

__all__ = ["plot"]

_STATUS_COLOURS = {"disagree": "#c62828", "trend": "#ef6c00", "agree": "#2e7d32"}
_UP = (">", ">=")
_DOWN = ("<", "<=")


def _date(v: Any) -> Optional[_dt.date]:
    if v is None:
        return None
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    try:
        return _dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _num(v: Any) -> Optional[float]:
    if v is None:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _groups(records: Iterable[dict], group: Any, min_docs: int) -> list[tuple[Any, list[dict]]]:
    by: dict[Any, list[dict]] = {}
    for r in records:
        by.setdefault(r.get("group"), []).append(r)
    if group is not None:
        wanted = group if isinstance(group, (list, tuple, set)) else [group]
        missing = [g for g in wanted if g not in by]
        if missing:
            raise ValueError(f"no group {missing[0]!r} in the comparison; groups are {sorted(by, key=str)}")
        return [(g, by[g]) for g in wanted]
    return [(g, rs) for g, rs in by.items() if len({r.get("doc_id") for r in rs}) >= min_docs]


def _mark(r: dict) -> tuple[str, float, Optional[float], Optional[float]]:
    """(kind, y, band_low, band_high) of one record: kind is point, up, down or band."""
    bound = r.get("bound") or "="
    base = r.get("base_unit") is not None
    low, high = _num(r.get("low")), _num(r.get("high"))
    value = (
        _num(r.get("base_value")) if base and _num(r.get("base_value")) is not None else _num(r.get("value"))
    )
    if value is None:
        value = low if low is not None else (high if high is not None else 0.0)
    ranged = _num(r.get("value_max")) is not None
    if bound in _UP:
        return "up", low if low is not None else value, None, None
    if bound in _DOWN:
        return "down", high if high is not None else value, None, None
    if bound == "~" or ranged:
        lo = low if low is not None else value
        hi = high if high is not None else value
        return "band", value if lo <= value <= hi else (lo + hi) / 2, lo, hi
    return "point", value, None, None


def plot(comparison: Any, ax: Any = None, *, group: Any = None, min_docs: int = 2) -> Any:
    """Draw a comparison: one panel per measure, one mark per outlet and figure, bounds drawn.

    Args:
        comparison: a :class:`claimsift.Comparison`, or anything with ``to_records()`` giving the
            documented record fields (see the module docstring).
        ax: a matplotlib Axes to draw into (then exactly one group must be selected, by
            ``group=`` or because only one measure is shared); None makes a new figure.
        group: a group index (or a list of them) to draw; default: every measure reported by at
            least ``min_docs`` documents.
        min_docs: the least number of documents a measure needs to be drawn.

    Returns:
        The matplotlib Figure.

    Raises:
        ImportError: matplotlib is not installed. ValueError: nothing to draw, an unknown group,
        or several groups for one ``ax``.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> class C:
    ...     def to_records(self):
    ...         return [{"group": 0, "label": "deaths", "doc_id": d, "outlet": o, "value": v,
    ...                  "low": v, "high": None, "bound": b, "status": "disagree", "unit": "count"}
    ...                 for d, o, v, b in [("a", "RT", 47000, "="), ("b", "AP", 61827, ">=")]]
    >>> fig = plot(C())
    >>> len(fig.axes)
    1
    """
    try:
        import matplotlib.dates as mdates
        import matplotlib.pyplot as plt
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("Comparison.plot needs matplotlib: pip install 'claimsift[notebook]'") from e

    records = list(comparison.to_records())
    groups = _groups(records, group, min_docs)
    if not groups:
        raise ValueError(f"no measure is reported by {min_docs} or more documents: nothing to plot")
    if ax is not None:
        if len(groups) != 1:
            raise ValueError(f"{len(groups)} groups to draw but one ax given: pass group=<index>")
        axes = [ax]
        fig = ax.figure
    else:
        n = len(groups)
        cols = min(n, 3)
        rows = math.ceil(n / cols)
        fig, grid = plt.subplots(rows, cols, figsize=(4.6 * cols, 3.4 * rows), squeeze=False)
        axes = [a for row in grid for a in row]
        for extra in axes[n:]:
            extra.set_visible(False)
    for a, (gid, rs) in zip(axes, groups):
        _draw_group(a, gid, rs, mdates)
    if ax is None:
        fig.tight_layout()
    return fig


def _draw_group(ax: Any, gid: Any, rs: list[dict], mdates: Any) -> None:
    status = rs[0].get("status") or ""
    colour = _STATUS_COLOURS.get(status, "#455a64")
    dates = [_date(r.get("date")) for r in rs]
    dated = all(d is not None for d in dates)
    names: list[str] = []
    xs: list[Any] = []
    for r, d in zip(rs, dates):
        who = str(r.get("outlet") or r.get("doc_id") or "?")
        if dated:
            xs.append(mdates.date2num(d))
        else:
            if who not in names:
                names.append(who)
            # two figures from one outlet sit side by side in its column
            same = sum(1 for x, r2 in zip(xs, rs) if str(r2.get("outlet") or r2.get("doc_id")) == who)
            xs.append(names.index(who) + 0.12 * same)
    ys: list[float] = []
    for x, r in zip(xs, rs):
        kind, y, lo, hi = _mark(r)
        ys.append(y)
        hollow = r.get("bound") in (">", "<")
        face = "white" if hollow else colour
        ax.plot([x], [y], marker="o", markersize=7, linestyle="none", color=colour, markerfacecolor=face,
                gid=f"claimsift-mark-{kind}")  # fmt: skip
        if kind in ("up", "down"):
            ax.annotate(
                "",
                xy=(x, y),
                xytext=(0, 26 if kind == "up" else -26),
                textcoords="offset points",
                arrowprops={"arrowstyle": "<|-", "color": colour, "lw": 1.5},
                gid=f"claimsift-bound-{kind}",
            )
        elif kind == "band" and lo is not None and hi is not None:
            width = 0.3 if not dated else max(1.0, 0.02 * (max(xs) - min(xs) or 30))
            ax.add_patch(_band(x - width / 2, lo, width, hi - lo, colour))
        if dated:
            who = str(r.get("outlet") or r.get("doc_id") or "")
            ax.annotate(who, (x, y), xytext=(5, 4), textcoords="offset points", fontsize=7)
    if dated:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator())
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
        pad = max(5.0, 0.08 * (max(xs) - min(xs)))
        ax.set_xlim(min(xs) - pad, max(xs) + pad)
    else:
        ax.set_xticks(range(len(names)), names, fontsize=8, rotation=20 if len(names) > 3 else 0)
        ax.set_xlim(-0.6, len(names) - 0.4)
    positive = [y for y in ys if y > 0]
    if positive and len(positive) == len(ys) and max(positive) / min(positive) > 100:
        ax.set_yscale("log")
    else:
        lo, hi = min(ys), max(ys)
        pad = 0.25 * (hi - lo or abs(hi) or 1.0)
        ax.set_ylim(lo - pad, hi + pad)
    unit = rs[0].get("base_unit") or rs[0].get("unit") or ""
    ax.set_ylabel(str(unit))
    label = rs[0].get("label") or rs[0].get("measure") or f"group {gid}"
    ax.set_title(f"[{gid}] {label}" + (f" — {status}" if status else ""), fontsize=9, color=colour)
    ax.grid(axis="y", alpha=0.3)


def _band(x: float, y: float, w: float, h: float, colour: str) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), w, h, facecolor=colour, alpha=0.18, edgecolor=colour, gid="claimsift-band")
