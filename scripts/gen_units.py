#!/usr/bin/env python3
"""Generate claimsift's unit vocabulary (src/claims/data/units.tsv, src/claims/data/en/unit_words.tsv).

Sources (facts only; nothing else is copied):
  * pint's default definitions (``pint/default_en.txt``, BSD-3-Clause): which physical units exist,
    their symbols and aliases, SI prefixes, and every factor (and temperature offset) to the base
    unit of a class. Factors are computed by pint itself (``Quantity(1, u).to(base)``).
  * CLDR through babel (BSD-3-Clause, CLDR data under the Unicode licence): every ISO 4217 code,
    its minor-unit digits, its English singular/plural names (``Australian dollars``, ``Swiss
    francs``) and its symbols in every locale (a symbol is kept only where all locales agree on
    the currency it names).
  * ``src/claims/data/units_overlay.tsv`` (hand-curated, this project): news surface forms that
    neither source has (``bn`` is not here; ``sq m``, ``mpg``, ``bhp``, ``ksi``, magnitudes, index
    points), the default reading of bare currency words (``dollars`` is the ambiguous ``$``,
    ``pounds`` GBP) and symbols that several currencies share (``£``, ``¥``, ``C$``).

Which pint units are read at all is the SELECTION below: a news text must not read ``are``,
``point``, ``line`` or ``a`` as units. Run it in a virtualenv with pint and babel:

    python -m venv /tmp/units && /tmp/units/bin/pip install pint babel
    /tmp/units/bin/python scripts/gen_units.py          # rewrites the two files
    /tmp/units/bin/python scripts/gen_units.py --check  # exits 1 if they are out of date

The crate never runs Python: the files are committed and compiled in with ``include_str!``.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import babel
import pint
from babel import Locale
from babel.localedata import locale_identifiers
from babel.numbers import get_currency_precision, list_currencies

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "claims" / "data"
OVERLAY = DATA / "units_overlay.tsv"
OUT_UNITS = DATA / "units.tsv"
OUT_WORDS = DATA / "en" / "unit_words.tsv"

# Base unit of each class: (pint expression, our name).
BASE = {
    "duration": ("second", "second"),
    "length": ("meter", "metre"),
    "mass": ("kilogram", "kilogram"),
    "area": ("meter**2", "square metre"),
    "volume": ("liter", "litre"),
    "energy": ("joule", "joule"),
    "power": ("watt", "watt"),
    "pressure": ("pascal", "pascal"),
    "speed": ("meter/second", "metre per second"),
    "temperature": ("kelvin", "kelvin"),
    "data": ("byte", "byte"),
    "data_rate": ("bit/second", "bit per second"),
    "frequency": ("hertz", "hertz"),
    "voltage": ("volt", "volt"),
    "current": ("ampere", "ampere"),
    "charge": ("coulomb", "coulomb"),
    "force": ("newton", "newton"),
    "radiation_dose": ("sievert", "sievert"),
    "angle": ("degree", "degree"),
    "molar_concentration": ("mole/liter", "mole per litre"),
    "amount": ("mole", "mole"),
    "magnetic_field": ("tesla", "tesla"),
    "mass_concentration": ("gram/liter", "gram per litre"),
    "rotation_speed": ("revolution/minute", "revolution per minute"),
    "radioactivity": ("becquerel", "becquerel"),
}

# SI prefixes: name, symbols (the first is canonical; µ has two code points), factor.
PREFIX = {
    "k": ("kilo", ["k"], 1e3),
    "M": ("mega", ["M"], 1e6),
    "G": ("giga", ["G"], 1e9),
    "T": ("tera", ["T"], 1e12),
    "P": ("peta", ["P"], 1e15),
    "E": ("exa", ["E"], 1e18),
    "h": ("hecto", ["h"], 1e2),
    "c": ("centi", ["c"], 1e-2),
    "d": ("deci", ["d"], 1e-1),
    "m": ("milli", ["m"], 1e-3),
    "u": ("micro", ["\u00b5", "\u03bc"], 1e-6),
    "n": ("nano", ["n"], 1e-9),
    "p": ("pico", ["p"], 1e-12),
}

# (pint unit, our name, class, prefixes, symbols read spaced, symbols read only glued, extra words)
# Our names are singular, lower case, British spelling; words get an English plural; in extra
# words `_` is a space (`sq_km` is the phrase `sq km`).
SELECTION = [
    # duration
    ("second", "second", "duration", "mun", "", "s", "sec secs"),
    ("minute", "minute", "duration", "", "", "", "min mins"),
    ("hour", "hour", "duration", "", "", "h", "hr hrs"),
    ("day", "day", "duration", "", "", "", ""),
    ("week", "week", "duration", "", "", "", "wk wks"),
    ("fortnight", "fortnight", "duration", "", "", "", ""),
    ("month", "month", "duration", "", "", "", "mo mos"),
    ("year", "year", "duration", "", "", "", "yr yrs"),
    ("10*year", "decade", "duration", "", "", "", ""),
    ("century", "century", "duration", "", "", "", ""),
    ("millennium", "millennium", "duration", "", "", "", ""),
    # length
    ("meter", "metre", "length", "kcmun", "", "m", ""),
    ("mile", "mile", "length", "", "", "", "mi"),
    ("nautical_mile", "nautical mile", "length", "", "nmi", "", ""),
    ("foot", "foot", "length", "", "", "", "ft"),
    ("inch", "inch", "length", "", "", "", ""),
    ("yard", "yard", "length", "", "", "", "yd yds"),
    ("light_year", "light year", "length", "", "", "", "light-year light-years"),
    # mass
    ("gram", "gram", "mass", "kmunp", "", "g", "gramme"),
    ("tonne", "tonne", "mass", "", "mt MT", "t", "metric_ton"),
    ("1e3*tonne", "kilotonne", "mass", "", "", "", ""),
    ("1e6*tonne", "megatonne", "mass", "", "", "", ""),
    ("1e9*tonne", "gigatonne", "mass", "", "Gt", "", "gigaton gigatons"),
    ("pound", "pound", "mass", "", "", "", "lb lbs"),
    ("ounce", "ounce", "mass", "", "", "", "oz"),
    ("troy_ounce", "troy ounce", "mass", "", "", "", ""),
    ("stone", "stone", "mass", "", "", "st", ""),
    ("carat", "carat", "mass", "", "", "", ""),
    # area
    ("hectare", "hectare", "area", "", "", "", "ha"),
    ("acre", "acre", "area", "", "", "", ""),
    ("meter**2", "square metre", "area", "", "", "", "sqm m2 m\u00b2 sq_m sq_metre sq_metres sq_meters"),
    ("kilometer**2", "square kilometre", "area", "", "", "", "km2 km\u00b2 sq_km"),
    ("mile**2", "square mile", "area", "", "", "", "sq_mi"),
    ("foot**2", "square foot", "area", "", "", "", "sqft sq_ft"),
    # volume
    ("liter", "litre", "volume", "mcdhu", "", "l L", ""),
    ("gallon", "gallon", "volume", "", "", "", "gal"),
    ("imperial_gallon", "imperial gallon", "volume", "", "", "", ""),
    ("oil_barrel", "barrel", "volume", "", "", "", "bbl"),
    ("cup", "cup", "volume", "", "", "", ""),
    ("tablespoon", "tablespoon", "volume", "", "", "", "tbsp"),
    ("teaspoon", "teaspoon", "volume", "", "", "", "tsp"),
    ("fluid_ounce", "fluid ounce", "volume", "", "", "", "fl_oz"),
    ("pint", "pint", "volume", "", "", "", ""),
    ("meter**3", "cubic metre", "volume", "", "", "", "m3 m\u00b3"),
    ("kilometer**3", "cubic kilometre", "volume", "", "km3 km\u00b3", "", "cu_km"),
    ("centimeter**3", "cubic centimetre", "volume", "", "cm3 cm\u00b3", "", "cc"),
    ("foot**3", "cubic foot", "volume", "", "", "", "cu_ft"),
    # energy
    ("joule", "joule", "energy", "kMGTPm", "", "J", ""),
    ("calorie", "calorie", "energy", "k", "", "", "cal"),
    ("watt_hour", "watt hour", "energy", "kMGT", "Wh", "", "watt-hour"),
    ("electron_volt", "electronvolt", "energy", "kMGT", "eV", "", "electron_volt"),
    ("BTU", "British thermal unit", "energy", "", "Btu BTU", "", ""),
    # explosive yield (a kiloton of TNT is 4.184e12 J)
    ("1e3*ton_TNT", "kiloton", "energy", "", "", "", ""),
    ("1e6*ton_TNT", "megaton", "energy", "", "", "", ""),
    # power
    ("watt", "watt", "power", "kMGTmu", "", "W", ""),
    ("horsepower", "horsepower", "power", "", "hp", "", ""),
    # pressure
    ("pascal", "pascal", "pressure", "hkMGm", "", "Pa", ""),
    # blood pressure and barometers (`120/80 mmHg`, `760 mm Hg`)
    ("millimeter_Hg", "millimetre of mercury", "pressure", "", "mmHg", "", "mm_hg"),
    ("bar", "bar", "pressure", "m", "", "", ""),
    ("psi", "psi", "pressure", "", "", "", ""),
    ("atmosphere", "atmosphere", "pressure", "", "atm", "", ""),
    # speed
    ("mile/hour", "mile per hour", "speed", "", "", "", "mph"),
    ("kilometer/hour", "kilometre per hour", "speed", "", "", "", "kph kmh kmph km/h"),
    ("meter/second", "metre per second", "speed", "", "", "", "m/s"),
    ("knot", "knot", "speed", "", "", "", "kt kts"),
    ("kilometer/second", "kilometre per second", "speed", "", "", "", "km/s kps"),
    # concentrations in blood and water (health news: `7 mmol/L`, `126 mg/dL`)
    ("mole/liter", "mole per litre", "molar_concentration", "", "", "", "mol/l"),
    ("millimole/liter", "millimole per litre", "molar_concentration", "", "", "", "mmol/l"),
    # molarities of lab and science text (`10 μM`); never the bare `M`, which is millions
    ("millimolar", "millimolar", "molar_concentration", "", "mM", "", ""),
    ("micromolar", "micromolar", "molar_concentration", "", "\u00b5M \u03bcM uM", "", ""),
    ("nanomolar", "nanomolar", "molar_concentration", "", "nM", "", ""),
    ("gram/liter", "gram per litre", "mass_concentration", "", "", "", "g/l"),
    ("milligram/deciliter", "milligram per decilitre", "mass_concentration", "", "", "", "mg/dl"),
    ("microgram/meter**3", "microgram per cubic metre", "mass_concentration", "", "", "", "µg/m3 μg/m3 ug/m3"),
    # mps written in lower case only: "five MPs" are members of parliament
    ("mile/second", "mile per second", "speed", "", "mps", "", ""),
    # temperature
    ("kelvin", "kelvin", "temperature", "", "", "K", ""),
    ("degree_Celsius", "degree Celsius", "temperature", "", "", "C", "celsius centigrade"),
    ("degree_Fahrenheit", "degree Fahrenheit", "temperature", "", "", "F", "fahrenheit"),
    # data (decimal prefixes: a terabyte is 1e12 bytes)
    ("byte", "byte", "data", "kMGTPE", "", "B", ""),
    ("bit", "bit", "data", "kMGT", "", "", ""),
    ("kibibyte", "kibibyte", "data", "", "KiB", "", ""),
    ("mebibyte", "mebibyte", "data", "", "MiB", "", ""),
    ("gibibyte", "gibibyte", "data", "", "GiB", "", ""),
    ("tebibyte", "tebibyte", "data", "", "TiB", "", ""),
    ("bit/second", "bit per second", "data_rate", "kMGT", "bps", "", ""),
    ("byte/second", "byte per second", "data_rate", "kMG", "B/s", "", ""),
    # frequency; engine and centrifuge speeds (`7,000rpm`)
    ("hertz", "hertz", "frequency", "kMGT", "Hz", "", ""),
    ("revolution/minute", "revolution per minute", "rotation_speed", "", "rpm", "", "revs_per_minute"),
    # electricity
    ("volt", "volt", "voltage", "km", "", "V", ""),
    ("ampere", "ampere", "current", "km", "", "A", "amp amps"),
    ("ampere_hour", "ampere hour", "charge", "km", "Ah", "", "amp-hour amp-hours"),
    ("coulomb", "coulomb", "charge", "", "", "", ""),
    ("newton", "newton", "force", "k", "", "N", ""),
    ("sievert", "sievert", "radiation_dose", "mu", "Sv", "", ""),
    # absorbed dose (radiotherapy: `2 Gy`, `60 Gy in 30 fractions`): J/kg as the sievert
    ("gray", "gray", "radiation_dose", "mc", "Gy", "", ""),
    # science text: amounts of substance (`12.5 μmol m−2 s−1`), magnetic fields (`a 3 T scanner`
    # is read glued only: `3T`), molecular masses (`45 kDa`)
    ("mole", "mole", "amount", "munp", "mol", "", ""),
    ("becquerel", "becquerel", "radioactivity", "kMGT", "Bq", "", ""),
    ("tesla", "tesla", "magnetic_field", "mun", "", "T", ""),
    ("dalton", "dalton", "mass", "kM", "", "Da", ""),
]

IRREGULAR_PLURAL = {
    "foot": "feet",
    "inch": "inches",
    "century": "centuries",
    "millennium": "millennia",
    "hertz": "hertz",
    "psi": "psi",
    "horsepower": "horsepower",
    "stone": "stone",
    "kelvin": "kelvins",
    "celsius": "celsius",
    "fahrenheit": "fahrenheit",
    "centigrade": "centigrade",
    "mph": "mph",
    "kph": "kph",
}

# pint's prefix-able symbols are the canonical symbols of these units.
SYMBOL = {
    "second": "s",
    "meter": "m",
    "gram": "g",
    "liter": "l",
    "joule": "J",
    "calorie": "cal",
    "watt_hour": "Wh",
    "electron_volt": "eV",
    "watt": "W",
    "pascal": "Pa",
    "bar": "bar",
    "byte": "B",
    "bit": "b",
    "bit/second": "bps",
    "byte/second": "B/s",
    "hertz": "Hz",
    "volt": "V",
    "ampere": "A",
    "ampere_hour": "Ah",
    "newton": "N",
    "sievert": "Sv",
    "gray": "Gy",
    "mole": "mol",
    "tesla": "T",
    "dalton": "Da",
    "becquerel": "Bq",
}


# Units whose prefixed symbols are read only as written (no lower-case form).
CASED_ONLY = {"tesla", "dalton", "gray", "mole", "becquerel"}

# Second symbols that take the prefixes too.
ALT_SYMBOL = {"bit": ["bit"], "liter": ["L"]}


def with_hyphens(words: list[str]) -> list[str]:
    """The forms, and each two-word form also hyphenated (`megawatt-hours`, `light-year`)."""
    out = list(words)
    for w in words:
        parts = w.split(" ")
        if len(parts) == 2 and all(p.isalpha() for p in parts) and "-".join(parts) not in out:
            out.append("-".join(parts))
    return out


def plural(word: str) -> str:
    """English plural of a unit word (the last word of a phrase takes it)."""
    head, _, last = word.rpartition(" ")
    if word.startswith("degree "):  # "degrees Celsius"
        return "degrees" + word[len("degree") :]
    if " of " in word:  # "millimetre of mercury": the head takes the plural
        first, _, rest = word.partition(" of ")
        return f"{plural(first)} of {rest}"
    if " per " in word:  # "mile per hour": the first word takes the plural
        first, _, rest = word.partition(" ")
        return f"{plural(first)} {rest}"
    if last in IRREGULAR_PLURAL:
        p = IRREGULAR_PLURAL[last]
    elif last.endswith(("s", "x", "ch", "sh")):
        p = last + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        p = last[:-1] + "ies"
    else:
        p = last + "s"
    return f"{head} {p}" if head else p


def american(word: str) -> str:
    return word.replace("metre", "meter").replace("litre", "liter").replace("gramme", "gram")


def num(x: float) -> str:
    """A factor with 12 significant digits (pint's float noise removed)."""
    s = f"{x:.12g}"
    return s


class Table:
    def __init__(self) -> None:
        self.rows: dict[str, dict] = {}
        self.order: list[str] = []

    def add(
        self,
        name: str,
        cls: str,
        base: str,
        factor: str,
        offset: str = "",
        minor: str = "",
        minor_name: str = "",
        symbols=(),
        glued=(),
        words=(),
    ) -> dict:
        if name not in self.rows:
            self.rows[name] = {
                "name": name,
                "class": cls,
                "base": base,
                "factor": factor,
                "offset": offset,
                "minor": minor,
                "minor_name": minor_name,
                "symbols": [],
                "glued": [],
                "words": [],
            }
            self.order.append(name)
        r = self.rows[name]
        for key, forms in (("symbols", symbols), ("glued", glued), ("words", words)):
            for f in forms:
                if f and f not in r[key]:
                    r[key].append(f)
        return r


def physical(table: Table, ureg: pint.UnitRegistry) -> None:
    for pname, name, cls, prefixes, spaced, glued, extra in SELECTION:
        base_expr, base_name = BASE[cls]
        q0 = ureg.Quantity(0.0, pname) if cls == "temperature" else None
        if cls == "temperature":
            offset = q0.to(base_expr).magnitude
            factor = ureg.Quantity(1.0, pname).to(base_expr).magnitude - offset
        else:
            offset = None
            factor = ureg(pname).to(base_expr).magnitude
        words = [name, plural(name)]
        for w in (american(name), plural(american(name))):
            if w not in words:
                words.append(w)
        words += [w.replace("_", " ") for w in extra.split(" ") if w]
        table.add(
            name,
            cls,
            base_name,
            num(factor),
            num(offset) if offset is not None else "",
            symbols=spaced.split(),
            glued=glued.split(),
            words=with_hyphens([w.lower() for w in words]),
        )
        sym = SYMBOL.get(pname)
        for p in prefixes:
            pword, psyms, pf = PREFIX[p]
            pname_full = f"{pword}{name}"
            pwords = [pname_full, plural(pname_full)]
            for w in (american(pname_full), plural(american(pname_full))):
                if w not in pwords:
                    pwords.append(w)
            syms = [ps + sym for ps in psyms] if sym else []
            # a second prefixable symbol (`Gbit`, `Mbit` beside `Gb`, `Mb`)
            syms += [ps + alt for ps in psyms for alt in ALT_SYMBOL.get(pname, [])]
            # A prefixed symbol of two letters or more reads in any case where it is unambiguous
            # (km, kg, mg, kWh); the data sizes keep their case (MB bytes, Mb bits).
            ci = [s.lower() for s in syms if s.isascii() and cls not in ("data", "data_rate")]
            if cls in ("data", "data_rate"):
                ci = [s.lower() for s in syms if cls == "data_rate"]
            # science symbols keep their case: `mt` is a metric ton in trade news, not millitesla
            if pname in CASED_ONLY:
                ci = []
            table.add(
                pname_full,
                cls,
                base_name,
                num(factor * pf),
                symbols=syms,
                words=with_hyphens([w.lower() for w in pwords]) + ci,
            )


def currencies(table: Table) -> dict:
    """Every ISO 4217 code in CLDR with its digits, English names and unanimous symbols."""
    en = Locale("en")
    symbol_codes: dict[str, set] = defaultdict(set)
    for ident in locale_identifiers():
        try:
            loc = Locale.parse(ident)
        except Exception:  # noqa: BLE001 - a locale babel lists but cannot load
            continue
        for code, sym in loc.currency_symbols.items():
            if sym and sym != code:
                symbol_codes[sym].add(code)
    unanimous = {}
    for sym, codes in symbol_codes.items():
        if len(codes) != 1:
            continue
        # A symbol must hold a currency sign (Unicode Sc: $ £ ₾, US$, GB£): letter-only symbols
        # ("Rs", "kr", "zł", "щ.д.") are words, and come from the overlay where they are safe.
        if not any(unicodedata.category(c) == "Sc" for c in sym):
            continue
        if any(c.isspace() for c in sym) or len(sym) > 4:
            continue
        unanimous.setdefault(next(iter(codes)), []).append(sym)
    for code in sorted(list_currencies()):
        if not (len(code) == 3 and code.isupper() and code.isalpha()):
            continue
        names = []
        one = en.currencies.get(code)
        if one:
            names.append(one.lower())
        plural_forms = en._data["currency_names_plural"].get(code, {})
        for form in plural_forms.values():
            if form.lower() not in names:
                names.append(form.lower())
        table.add(
            code,
            "money",
            code,
            "1",
            minor=str(get_currency_precision(code)),
            symbols=[code] + sorted(unanimous.get(code, [])),
            words=names,
        )
    return symbol_codes


def overlay(table: Table) -> None:
    """Merge the curated overlay: a row adds forms to a unit (or defines a new one); a non-empty
    class/base/factor/offset/minor field overrides the generated one; a form written `-x`
    removes `x` from the generated forms of that unit."""
    for ln, line in enumerate(OVERLAY.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) != 9:
            sys.exit(f"{OVERLAY}:{ln}: expected 9 tab-separated fields, got {len(f)}")
        # name class base factor offset minor minor_name symbols words (a symbol `*x` is glued-only)
        name, cls, base, factor, offset, minor, minor_name, syms, words = f
        r = table.rows.get(name)
        if r is None:
            if not (cls and base and factor):
                sys.exit(f"{OVERLAY}:{ln}: new unit {name!r} needs class, base and factor")
            r = table.add(name, cls, base, factor)
        for key, val in (
            ("class", cls),
            ("base", base),
            ("factor", factor),
            ("offset", offset),
            ("minor", minor),
            ("minor_name", minor_name),
        ):
            if val:
                r[key] = val
        for form in [s for s in syms.split("|") if s]:
            key = "symbols"
            if form.startswith("*"):
                key, form = "glued", form[1:]
            if form.startswith("-") and len(form) > 1:
                for k in ("symbols", "glued"):
                    if form[1:] in r[k]:
                        r[k].remove(form[1:])
                continue
            if form not in r[key]:
                r[key].append(form)
        for form in [w for w in words.split("|") if w]:
            if form.startswith("-") and len(form) > 1:
                if form[1:] in r["words"]:
                    r["words"].remove(form[1:])
                continue
            if form not in r["words"]:
                r["words"].append(form)
        # overlay rows go first: their forms win a conflict
        table.order.remove(name)
        table.order.insert(0, name)


def check_conflicts(table: Table) -> list:
    """Forms that name two units: the first (overlay first, then generation order) wins; the
    others are dropped from the later unit and listed."""
    seen: dict[tuple, str] = {}
    dropped = []
    for name in table.order:
        r = table.rows[name]
        for key, fold in (("symbols", False), ("glued", False), ("words", True)):
            keep = []
            for form in r[key]:
                k = ("w", form.lower()) if fold else ("s", form)
                if k in seen and seen[k] != name:
                    dropped.append(f"{form!r}: {seen[k]} over {name}")
                    continue
                seen[k] = name
                keep.append(form)
            r[key] = keep
    return dropped


HEADER_UNITS = """\
# claimsift unit vocabulary: GENERATED by scripts/gen_units.py, do not edit by hand
# (edit src/claims/data/units_overlay.tsv or the script's SELECTION, then rerun it).
# Sources: pint {pint} default_en.txt (BSD-3-Clause) for physical units, symbols, prefixes and
# factors; CLDR via babel {babel} (BSD-3-Clause; CLDR data, Unicode licence) for ISO 4217 codes,
# minor-unit digits, English names and symbols; units_overlay.tsv (this project) for news forms.
# Columns (tab-separated; lists are |-separated):
#   name        canonical unit name (singular, lower case, British spelling; ISO 4217 code for money)
#   class       dimension / comparison class (closed list, see src/claims/units.rs)
#   base        base unit of the class
#   factor      value_in_base = value * factor + offset
#   offset      (temperature only)
#   minor       minor-unit digits (money only: 2 for USD, 0 for JPY)
#   minor_name  English name of the minor unit where the extractor reads it (cent, penny)
#   symbols     case-sensitive forms read before or after a number, spaced or glued (MB, kWh, $, €)
#   glued       case-sensitive forms read only glued to a number (10m, 5t, 30C)
"""

HEADER_WORDS = """\
# claimsift English unit words: GENERATED by scripts/gen_units.py (same sources as ../units.tsv).
# One language per directory (data/<lang>/unit_words.tsv), so another language adds one file.
# Columns: name (as in units.tsv), words (|-separated, lower case, matched in any case; a phrase
# is several words separated by one space: `australian dollars`, `sq km`).
"""


def render(table: Table) -> tuple:
    units = [HEADER_UNITS.format(pint=pint.__version__, babel=babel.__version__)]
    units.append("name\tclass\tbase\tfactor\toffset\tminor\tminor_name\tsymbols\tglued\n")
    words = [HEADER_WORDS, "name\twords\n"]
    for name in sorted(table.order, key=lambda n: (table.rows[n]["class"], n)):
        r = table.rows[name]
        units.append(
            "\t".join(
                [
                    r["name"],
                    r["class"],
                    r["base"],
                    r["factor"],
                    r["offset"],
                    r["minor"],
                    r["minor_name"],
                    "|".join(r["symbols"]),
                    "|".join(r["glued"]),
                ]
            )
            + "\n"
        )
        if r["words"]:
            words.append(f"{name}\t{'|'.join(r['words'])}\n")
    return "".join(units), "".join(words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed files are stale")
    args = ap.parse_args()
    table = Table()
    ureg = pint.UnitRegistry()
    physical(table, ureg)
    currencies(table)
    overlay(table)
    dropped = check_conflicts(table)
    units, words = render(table)
    if args.check:
        stale = [
            p
            for p, t in ((OUT_UNITS, units), (OUT_WORDS, words))
            if not p.exists() or p.read_text(encoding="utf-8") != t
        ]
        if stale:
            sys.exit(f"stale: {', '.join(map(str, stale))}; rerun scripts/gen_units.py")
        return
    OUT_UNITS.write_text(units, encoding="utf-8")
    OUT_WORDS.write_text(words, encoding="utf-8")
    print(f"{len(table.rows)} units -> {OUT_UNITS.relative_to(ROOT)}, {OUT_WORDS.relative_to(ROOT)}")
    for d in dropped:
        print("conflict:", d, file=sys.stderr)


if __name__ == "__main__":
    main()
