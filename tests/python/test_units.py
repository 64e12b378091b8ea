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
