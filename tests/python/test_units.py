"""The unit table from Python: claimsift.unit_info / unit_names, Claim.unit_class, the Arrow column.

Behaviour (which unit a text has) is tested in Rust (tests/units.rs); this tests the binding.
"""

import claimsift
import pytest


def test_unit_info_fields():
    km = claimsift.unit_info("kilometre")
    assert km is not None
    assert (km["class"], km["base"], km["factor"], km["offset"]) == ("length", "metre", 1000.0, 0.0)
    assert "km" in km["symbols"] and "kilometres" in km["words"]
    usd = claimsift.unit_info("USD")
    assert usd is not None and (usd["class"], usd["base"], usd["minor_digits"]) == ("money", "USD", 2)
    assert claimsift.unit_info("no such unit") is None
    names = claimsift.unit_names()
    assert len(names) > 400 and {"count", "percent", "GBP", "degree Celsius"} <= set(names)
    for n in names:
        assert claimsift.unit_info(n)["name"] == n


def test_claim_unit_class_and_normalised():
    text = "It cost 45p, the run was 57 km and 47,000 people came."
    cs = claimsift.extract_claims(text)
    got = [(c.text, c.unit, c.unit_class) for c in cs]
    assert got == [("45p", "GBP", "money"), ("57 km", "kilometre", "length"), ("47,000", "count", "count")]
    assert cs[0].normalised == {"value": 0.45, "value_max": None, "unit": "GBP"}
    assert cs[1].normalised == {"value": 57000.0, "value_max": None, "unit": "metre"}
    assert cs[2].normalised is None
    d = cs[1].to_dict()
    assert d["unit_class"] == "length" and d["normalised"]["unit"] == "metre"
    # the class agrees with the table for every claim
    for c in cs:
        assert claimsift.unit_info(c.unit)["class"] == c.unit_class


def test_arrow_claims_have_unit_class():
    pytest.importorskip("pyarrow")
    tables = claimsift.Pipeline().process(["It was 30C and cost $5."])
    claims = tables.to_arrow()["claims"]
    assert claims.column("unit_class").to_pylist() == ["temperature", "money"]
    assert claims.column("normalised_unit").to_pylist() == ["kelvin", "USD"]


def test_movement_value_from():
    (c,) = claimsift.extract_claims("The price fell from $36,040 to $34,935.")
    assert (c.value, c.value_from, c.change) == (34935.0, 36040.0, "decrease")
    assert c.to_dict()["value_from"] == 36040.0


def test_level_after_a_change():
    text = "The yuan rose 8.1% to 99.20 yuan, while shares fell to 45p."
    cs = claimsift.extract_claims(text)
    got = [(c.text, c.change, c.level) for c in cs]
    assert got == [("8.1%", "increase", False), ("99.20 yuan", None, True), ("45p", None, True)]
    assert [c.to_dict()["level"] for c in cs] == [False, True, True]
    for c in cs:
        assert text[c.start : c.end] == c.text


def test_level_in_arrow_claims():
    pytest.importorskip("pyarrow")
    tables = claimsift.Pipeline().process(["Sales doubled to 2m units."])
    claims = tables.to_arrow()["claims"]
    assert claims.column("level").to_pylist() == [False, True]


def test_new_number_formats():
    read = lambda t: [(c.text, c.value, c.unit, c.bound) for c in claimsift.extract_claims(t)]  # noqa: E731
    assert read("He was fined 10 000 dollars.") == [("10 000 dollars", 10000.0, "USD", "=")]
    assert read("The refund showed as $-99.99.") == [("$-99.99", -99.99, "USD", "=")]
    assert read("Growth was minus five percent.") == [("minus five percent", -5.0, "percent", "=")]
    assert read("The ticket costs 15 USD 50.") == [("15 USD 50", 15.5, "USD", "=")]
    assert read('Order a 9" pizza.') == [('9"', 9.0, "inch", "=")]
    assert read("A magnitude-7.8 earthquake struck.") == [("magnitude-7.8", 7.8, "magnitude", "=")]
    assert read("more sub-300 sq m flats") == [("sub-300 sq m", 300.0, "square metre", "<")]
    (c,) = claimsift.extract_claims("The gap stays under 1⁄32 of an inch.")
    assert (c.value, c.unit, c.bound) == (1 / 32, "inch", "<")


def test_accuracy_script_reads_the_table():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benches" / "accuracy.py"
    spec = importlib.util.spec_from_file_location("accuracy", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows = mod.table_rows()
    assert len(rows) >= 500
    assert {r["status"] for r in rows} <= {"ok", "gap"}
    tally = mod.score_table([r for r in rows if r["status"] == "ok"])
    # every `ok` row passes exactly in tests/units.rs, so every field of every claim is right
    assert all(t[0] == t[2] == t[3] == t[4] for t in tally.n.values()), tally.wrong[:5]
