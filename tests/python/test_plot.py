"""claimsift._plot.plot: one mark per outlet and figure, bounds drawn, dates on the axis."""

from __future__ import annotations

from pathlib import Path

import claimsift
import pytest

mpl = pytest.importorskip("matplotlib")
mpl.use("Agg")

from claimsift._plot import plot  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


class Records:
    """Comparison-shaped: only ``to_records()`` (the documented fields)."""

    def __init__(self, rows):
        self.rows = rows

    def to_records(self):
        return self.rows


def rec(doc, outlet, value, bound="=", group=0, date=None, low=None, high=None, value_max=None):
    return {
        "group": group,
        "label": "deaths",
        "measure": "deaths",
        "doc_id": doc,
        "outlet": outlet,
        "date": date,
        "value": value,
        "value_max": value_max,
        "low": value if low is None else low,
        "high": high,
        "bound": bound,
        "status": "disagree",
        "unit": "count",
    }


def marks(ax, kind):
    return [a for a in ax.get_children() if (a.get_gid() or "") == f"claimsift-{kind}"]


def test_one_mark_per_figure_and_bounds_drawn():
    rows = [
        rec("a", "RT", 47000),
        rec("b", "Tempo", 65502, ">="),
        rec("c", "PressTV", 61827, ">"),
        rec("d", "AP", 70000, "<="),
        rec("e", "Reuters", 50000, "~", low=45000, high=55000),
        rec("f", "BBC", 40000, "=", value_max=60000, low=40000, high=60000),
    ]
    fig = plot(Records(rows))
    (ax,) = fig.axes
    assert len([ln for ln in ax.get_lines() if (ln.get_gid() or "").startswith("claimsift-mark")]) == 6
    assert len(marks(ax, "bound-up")) == 2  # >= and >
    assert len(marks(ax, "bound-down")) == 1
    bands = marks(ax, "band")
    assert len(bands) == 2
    spans = sorted((b.get_y(), b.get_y() + b.get_height()) for b in bands)
    assert spans == [(40000, 60000), (45000, 55000)]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["RT", "Tempo", "PressTV", "AP", "Reuters", "BBC"]
    # the strict bound is hollow, the inclusive one filled
    by_value = {
        ln.get_ydata()[0]: ln for ln in ax.get_lines() if (ln.get_gid() or "").startswith("claimsift-mark")
    }
    assert by_value[61827].get_markerfacecolor() == "white"
    assert by_value[65502].get_markerfacecolor() != "white"


def test_dates_on_the_axis_when_known():
    import matplotlib.dates as mdates

    rows = [
        rec("a", "RT", 47000, date="2025-01-17"),
        rec("b", "PressTV", 61827, ">=", date="2025-08-12"),
        rec("c", "Tempo", 65502, ">=", date="2025-09-26"),
    ]
    fig = plot(Records(rows))
    (ax,) = fig.axes
    xs = sorted(
        ln.get_xdata()[0] for ln in ax.get_lines() if (ln.get_gid() or "").startswith("claimsift-mark")
    )
    assert [mdates.num2date(x).date().isoformat() for x in xs] == ["2025-01-17", "2025-08-12", "2025-09-26"]
    assert isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)
    assert {t.get_text() for t in ax.texts} >= {"RT", "PressTV", "Tempo"}


def test_groups_axes_and_errors():
    rows = [rec("a", "RT", 1), rec("b", "AP", 2), rec("a", "RT", 5, group=1), rec("b", "AP", 6, group=1)]
    rows.append(rec("a", "RT", 9, group=2))  # one document only: not drawn by default
    fig = plot(Records(rows))
    assert len([a for a in fig.axes if a.get_visible()]) == 2
    import matplotlib.pyplot as plt

    f, ax = plt.subplots()
    assert plot(Records(rows), ax=ax, group=1) is f
    with pytest.raises(ValueError, match="group="):
        plot(Records(rows), ax=ax)
    with pytest.raises(ValueError, match="no group"):
        plot(Records(rows), group=7)
    with pytest.raises(ValueError, match="nothing to plot"):
        plot(Records([rec("a", "RT", 1)]))


def test_plots_a_real_comparison(seed_texts):
    cmp = claimsift.compare(seed_texts)
    fig = plot(cmp)
    assert fig.axes
    n_up = sum(len(marks(a, "bound-up")) for a in fig.axes)
    assert n_up >= 2  # the seeds' "at least 65,502" and "at least 61,827"
