//! The unit vocabulary: one table, compiled in, parsed once.
//!
//! `data/units.tsv` (language-neutral: name, class, base, factor, offset, minor-unit digits,
//! symbols) and `data/en/unit_words.tsv` (English words and phrases for each name) are
//! **generated** by `scripts/gen_units.py` from pint's definitions (physical units, SI prefixes,
//! factors) and CLDR via babel (every ISO 4217 currency, its digits, names and symbols), merged
//! with the curated `data/units_overlay.tsv` (news forms: `mpg`, `bhp`, `sq m`, magnitudes,
//! index points, bare currency words, shared symbols). The same table serves the extractor, the
//! claim's `unit_class` and `normalised` value, the Arrow columns and Python
//! (`claimsift._claimsift.unit_info`): there is no second copy.
//!
//! Names are singular and lower case (`hour`, `kilometre`, `terabyte`); currencies are ISO 4217
//! codes (`USD`, `EUR`, `ILS`), and `$` is the ambiguous dollar (read as
//! `ExtractOptions::dollar`). Every unit with a factor normalises to its class's base unit:
//! `value_in_base = value * factor + offset` (`terabyte` → 1e12 `byte`, `hour` → 3600 `second`,
//! `degree Fahrenheit` → kelvin, `45p` → 0.45 `GBP`). Currencies normalise to themselves: there
//! is no exchange rate in the table.
//!
//! # Classes
//!
//! The closed list of `class` values (the `unit_class` of a claim), with each class's base unit:
//!
//! | class | base | examples |
//! |---|---|---|
//! | `count` | (none) | `47,000 deaths` |
//! | `money` | the ISO code itself | `$5`, `€10m`, `45p` |
//! | `percent` | `percent` | `5%`, `5 per cent` |
//! | `percentage_point` | `percentage point` | `0.25 percentage points` |
//! | `basis_point` | `basis point` | `25bp` |
//! | `fraction` | `fraction` | `half`, `a third`, `one in five` |
//! | `fold` | `fold` | `200-fold`, `3x`, `doubled` |
//! | `duration` | `second` | `48 h`, `five-month`, `a decade` |
//! | `length` | `metre` | `2617.4 m`, `5 feet 2 inches` |
//! | `mass` | `kilogram` | `120 μg`, `208 pounds` (of weight), `3 stone` |
//! | `area` | `square metre` | `190 km2`, `3923sq m`, `50 hectares` |
//! | `volume` | `litre` | `2 gallons`, `3.5 million barrels` |
//! | `energy` | `joule` | `5 TWh`, `2,000 calories`, `15 kilotons` (of TNT) |
//! | `power` | `watt` | `640bhp`, `2 GW` |
//! | `pressure` | `pascal` | `30 psi`, `ksi`, `1013 hPa` |
//! | `speed` | `metre per second` | `70 mph`, `100 km/h`, `40 knots` |
//! | `temperature` | `kelvin` (with offset) | `10.5 celsius`, `90 fahrenheit`, `30C` |
//! | `degree` | `degree` | `30 degrees` (temperature or angle, scale not stated) |
//! | `data` | `byte` (decimal prefixes) | `8,000 terabytes`, `40 Gb` |
//! | `data_rate` | `bit per second` | `100 Mbps` |
//! | `frequency` | `hertz` | `2.4Ghz` |
//! | `rotation_speed` | `revolution per minute` | `7,000rpm` |
//! | `voltage`, `current`, `charge`, `force` | `volt`, `ampere`, `coulomb`, `newton` | `5,000mAh` |
//! | `radiation_dose` | `sievert` | `20 mSv`, `2 Gy` (absorbed dose, J/kg as the sievert) |
//! | `amount` | `mole` | `2 mol`, `12.5 μmol` |
//! | `magnetic_field` | `tesla` | `0.5 mT`, `a 3T scanner` |
//! | `acidity` | `pH` | `pH 6.5`, `a pH of 7.4` (read before the figure) |
//! | `sound_level` | `decibel` | `85 dB` |
//! | `fuel_economy` | `kilometre per litre` | `40 mpg` |
//! | `concentration` | `part per million` | `420 ppm`, `5 ppb` |
//! | `molar_concentration` | `mole per litre` | `7 mmol/L`, `12 nM`, `10 μM` |
//! | `mass_concentration` | `gram per litre` | `126 mg/dL`, `250 ug/m3` |
//! | `magnitude` | `magnitude` | `7.8-magnitude`, `magnitude 6.2` |
//! | `index_points` | `point` | `the FTSE lost 190 points` |
//! | `image_resolution` | `pixel` | `a 108MP camera`, `12-megapixel`, `1,920 pixels` |
//!
//! A name not in the table (only possible with an unusual `ExtractOptions::dollar`) has class
//! `other` and no normalised value.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

const UNITS_TSV: &str = include_str!("data/units.tsv");
const EN_WORDS_TSV: &str = include_str!("data/en/unit_words.tsv");

/// Unit and currency words of the claim languages other than English (this project's own
/// lists, `data/<code>/unit_words.tsv`, same shape as the English file). Symbols (`%`, `€`,
/// `km`) are language-neutral and come from `units.tsv`; English words never apply to them.
const LANG_WORDS_TSV: &[(crate::Lang, &str)] = &[
    (crate::Lang::German, include_str!("data/de/unit_words.tsv")),
    (crate::Lang::French, include_str!("data/fr/unit_words.tsv")),
    (crate::Lang::Spanish, include_str!("data/es/unit_words.tsv")),
    (crate::Lang::Italian, include_str!("data/it/unit_words.tsv")),
    (crate::Lang::Portuguese, include_str!("data/pt/unit_words.tsv")),
    (crate::Lang::Dutch, include_str!("data/nl/unit_words.tsv")),
];

/// One unit of the vocabulary (see the module docs and `data/units.tsv`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnitInfo {
    /// The canonical name (`kilometre`, `USD`, `$` for the ambiguous dollar).
    pub name: &'static str,
    /// The class, from the closed list in the module docs (`length`, `money`, …).
    pub class: &'static str,
    /// The base unit of the class (`metre`; the code itself for money).
    pub base: &'static str,
    /// `value_in_base = value * factor + offset`; `None` where no linear factor exists.
    pub factor: Option<f64>,
    /// Offset to the base (temperatures only; 0 elsewhere).
    pub offset: f64,
    /// Minor-unit digits of a currency (2 for USD, 0 for JPY).
    pub minor_digits: Option<u8>,
    /// The English name of the minor unit the extractor reads (`cent`, `penny`).
    pub minor_name: Option<&'static str>,
    /// Case-sensitive forms read spaced or glued (`MB`, `kWh`, `€`, `HK$`).
    pub symbols: Vec<&'static str>,
    /// Case-sensitive forms read only glued to a number (`m`, `t`, `C`).
    pub glued: Vec<&'static str>,
    /// English words and phrases, lower case (`kilometres`, `australian dollars`).
    pub words: Vec<&'static str>,
    /// `cent:CODE`, the extractor's internal tag for hundredths of a cent-currency.
    pub(crate) cent_tag: String,
}

impl UnitInfo {
    /// The value in the base unit, where the unit has a factor.
    pub fn to_base(&self, value: f64) -> Option<f64> {
        self.factor.map(|f| value * f + self.offset)
    }
    /// A currency (class `money`).
    pub fn is_money(&self) -> bool {
        self.class == "money"
    }
}

/// The parsed table with its lookup maps.
struct Vocab {
    units: Vec<UnitInfo>,
    by_name: HashMap<&'static str, usize>,
    /// Case-sensitive spaced-or-glued forms.
    symbols: HashMap<&'static str, usize>,
    /// Case-sensitive glued-only forms.
    glued: HashMap<&'static str, usize>,
    /// Lower-case one-word forms.
    words: HashMap<&'static str, usize>,
    /// Lower-case phrases (several tokens: `sq km`, `miles per gallon`, `km/h`), by their text
    /// with one space between spaced tokens and none between glued ones.
    phrases: HashMap<&'static str, usize>,
    /// First tokens of phrases (lower case), to skip phrase lookups cheaply.
    phrase_starts: HashSet<&'static str>,
    /// Letters before a glued `$` (`HK` in `HK$`), from the `X$` symbols.
    dollar_prefixes: HashMap<&'static str, usize>,
    /// Words and phrases of the other claim languages.
    langs: HashMap<crate::Lang, LangUnitWords>,
}

/// One language's unit words (not English).
#[derive(Default)]
struct LangUnitWords {
    words: HashMap<&'static str, usize>,
    phrases: HashMap<&'static str, usize>,
    phrase_starts: HashSet<&'static str>,
}

fn split_list(s: &'static str) -> Vec<&'static str> {
    s.split('|').filter(|x| !x.is_empty()).collect()
}

/// Data rows of a TSV file: no comments, no header (the first non-comment line).
fn rows(tsv: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    tsv.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

fn parse_f64(s: &str, line: usize, what: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    // The table is compiled in and checked by tests: a bad number is a broken invariant.
    Some(
        s.parse()
            .unwrap_or_else(|_| panic!("units.tsv:{line}: bad {what} {s:?}")),
    )
}

fn build() -> Vocab {
    let mut units = Vec::new();
    for (line, f) in rows(UNITS_TSV) {
        assert!(
            f.len() == 9,
            "units.tsv:{line}: expected 9 fields, got {}",
            f.len()
        );
        let factor = parse_f64(f[3], line, "factor");
        let offset = parse_f64(f[4], line, "offset").unwrap_or(0.0);
        let minor_digits = parse_f64(f[5], line, "minor").map(|d| d as u8);
        let minor_name = (!f[6].is_empty()).then_some(f[6]);
        units.push(UnitInfo {
            name: f[0],
            class: f[1],
            base: f[2],
            factor,
            offset,
            minor_digits,
            minor_name,
            symbols: split_list(f[7]),
            glued: split_list(f[8]),
            words: Vec::new(),
            cent_tag: format!("cent:{}", f[0]),
        });
    }
    let by_name: HashMap<&'static str, usize> = units.iter().enumerate().map(|(i, u)| (u.name, i)).collect();
    for (line, f) in rows(EN_WORDS_TSV) {
        assert!(f.len() == 2, "unit_words.tsv:{line}: expected 2 fields");
        let i = *by_name
            .get(f[0])
            .unwrap_or_else(|| panic!("unit_words.tsv:{line}: unknown unit {:?}", f[0]));
        units[i].words = split_list(f[1]);
    }
    let mut v = Vocab {
        by_name,
        symbols: HashMap::default(),
        glued: HashMap::default(),
        words: HashMap::default(),
        phrases: HashMap::default(),
        phrase_starts: HashSet::default(),
        dollar_prefixes: HashMap::default(),
        langs: HashMap::default(),
        units: Vec::new(),
    };
    for &(lang, tsv) in LANG_WORDS_TSV {
        let mut lw = LangUnitWords::default();
        for (line, f) in rows(tsv) {
            assert!(f.len() == 2, "{lang}/unit_words.tsv:{line}: expected 2 fields");
            let i = *v
                .by_name
                .get(f[0])
                .unwrap_or_else(|| panic!("{lang}/unit_words.tsv:{line}: unknown unit {:?}", f[0]));
            for w in split_list(f[1]) {
                // "us-dollar" is three glued tokens: a phrase too.
                if w.contains([' ', '/', '-']) {
                    lw.phrases.entry(w).or_insert(i);
                    lw.phrase_starts
                        .insert(w.split([' ', '/', '-']).next().unwrap_or(w));
                } else {
                    lw.words.entry(w).or_insert(i);
                }
            }
        }
        v.langs.insert(lang, lw);
    }
    // The generator already resolved conflicts; `or_insert` keeps the first if one slips in.
    for (i, u) in units.iter().enumerate() {
        for &s in &u.symbols {
            v.symbols.entry(s).or_insert(i);
            if u.is_money() {
                if let Some(p) = s.strip_suffix('$').filter(|p| !p.is_empty()) {
                    v.dollar_prefixes.entry(p).or_insert(i);
                }
            }
        }
        for &s in &u.glued {
            v.glued.entry(s).or_insert(i);
        }
        for &w in &u.words {
            if w.contains(' ') || w.contains('/') {
                v.phrases.entry(w).or_insert(i);
                let first = w.split([' ', '/']).next().unwrap_or(w);
                v.phrase_starts.insert(first);
            } else {
                v.words.entry(w).or_insert(i);
            }
        }
    }
    v.units = units;
    v
}

static VOCAB: LazyLock<Vocab> = LazyLock::new(build);

fn get(i: Option<&usize>) -> Option<&'static UnitInfo> {
    let v: &'static Vocab = &VOCAB;
    i.map(|&i| &v.units[i])
}

/// The unit named `name` (`"kilometre"`, `"USD"`, `"percent"`), from the compiled-in table.
///
/// ```
/// let km = claimsift::claims::unit_info("kilometre").unwrap();
/// assert_eq!((km.class, km.base, km.to_base(2.5)), ("length", "metre", Some(2500.0)));
/// let f = claimsift::claims::unit_info("degree Fahrenheit").unwrap();
/// assert!((f.to_base(212.0).unwrap() - 373.15).abs() < 1e-9);
/// ```
pub fn unit_info(name: &str) -> Option<&'static UnitInfo> {
    get(VOCAB.by_name.get(name))
}

/// Every unit in the table, in table order.
pub fn all_units() -> &'static [UnitInfo] {
    let v: &'static Vocab = &VOCAB;
    &v.units
}

/// The class of a unit name (`count`, `money`, `length`, …; `other` if not in the table).
pub fn unit_class(name: &str) -> &'static str {
    unit_info(name).map_or("other", |u| u.class)
}

/// A unit as the extractor carries it: its name in the vocabulary.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Unit {
    /// The name in the vocabulary.
    pub name: &'static str,
}

impl Unit {
    /// The unit called `name` (a vocabulary name; checked by a test over the extractor's names).
    pub(crate) const fn named(name: &'static str) -> Unit {
        Unit { name }
    }
}

fn physical(u: &'static UnitInfo) -> Option<Unit> {
    (!u.is_money()).then_some(Unit { name: u.name })
}

/// Physical units written case-sensitively and glued to the number (`10m`, `5GB`, `2x`, `30C`).
pub(crate) fn unit_cased(w: &str) -> Option<Unit> {
    get(VOCAB.glued.get(w).or_else(|| VOCAB.symbols.get(w))).and_then(physical)
}

/// Physical units written case-sensitively and read spaced too (`5 GB`, `40 Gb`, `2 kWh`).
pub(crate) fn unit_symbol(w: &str) -> Option<Unit> {
    get(VOCAB.symbols.get(w)).and_then(physical)
}

/// Physical unit words matched case-insensitively (the argument is lower case).
pub(crate) fn unit_word(w: &str) -> Option<Unit> {
    get(VOCAB.words.get(w)).and_then(physical)
}

/// A unit or currency word of `lang` (not English; lower case), physical or money.
pub(crate) fn word_in(lang: crate::Lang, w: &str) -> Option<&'static UnitInfo> {
    get(VOCAB.langs.get(&lang)?.words.get(w))
}

/// Physical unit words of `lang` (not English; lower case).
pub(crate) fn unit_word_in(lang: crate::Lang, w: &str) -> Option<Unit> {
    word_in(lang, w).and_then(physical)
}

/// Currency words of `lang` (not English; lower case); `None` in the pair is the ambiguous
/// dollar.
pub(crate) fn currency_word_in(lang: crate::Lang, w: &str) -> Option<Option<&'static str>> {
    let u = word_in(lang, w).filter(|u| u.is_money())?;
    Some((u.name != "$").then_some(u.name))
}

/// Can a unit phrase of `lang` start with this lower-case word?
pub(crate) fn phrase_start_in(lang: crate::Lang, w: &str) -> bool {
    VOCAB
        .langs
        .get(&lang)
        .is_some_and(|l| l.phrase_starts.contains(w))
}

/// A unit phrase of `lang` (`pour cent`, `grad celsius`), lower case.
pub(crate) fn phrase_in(lang: crate::Lang, key: &str) -> Option<&'static UnitInfo> {
    get(VOCAB.langs.get(&lang)?.phrases.get(key))
}

/// Is `s` a unit or currency form that splits off a number glued to it (`bhp` in `640bhp`,
/// `GHz`, `mAh`, `元`)? Case-sensitive forms as written, words in lower case.
pub(crate) fn is_unit_suffix(s: &str) -> bool {
    let v: &Vocab = &VOCAB;
    if v.glued.contains_key(s) || v.symbols.contains_key(s) {
        return true;
    }
    let l = super::lexicon::Low::new(s);
    !l.as_str().is_empty() && v.words.contains_key(l.as_str())
}

/// Letters that name a currency glued before digits (`EUR` in `EUR50m`, `RM79`, `US` in
/// `$US55`): a currency code or letter symbol of the table, or a dollar prefix.
pub(crate) fn is_currency_prefix(s: &str) -> bool {
    currency_code(s).is_some() || dollar_prefix(s).is_some()
}

/// Can a unit phrase start with this lower-case word?
pub(crate) fn phrase_start(w: &str) -> bool {
    VOCAB.phrase_starts.contains(w)
}

/// A unit phrase (`sq km`, `miles per gallon`, `km/h`, `australian dollars`), lower case.
pub(crate) fn phrase(key: &str) -> Option<&'static UnitInfo> {
    get(VOCAB.phrases.get(key))
}

/// Currency words after a number (`10 dollars`, `500 shekels`); `None` in the pair means the
/// `$`-style ambiguous dollar (read as `ExtractOptions::dollar`).
pub(crate) fn currency_word(w: &str) -> Option<Option<&'static str>> {
    let u = get(VOCAB.words.get(w)).filter(|u| u.is_money())?;
    Some((u.name != "$").then_some(u.name))
}

/// The lower-case one-word unit and currency forms (for the extractor's word table).
pub(crate) fn word_forms() -> impl Iterator<Item = &'static str> {
    VOCAB.words.keys().copied()
}

/// The case-sensitive forms that [`currency_code`] or [`dollar_prefix`] accept (`USD`, `EUR`,
/// `HK`, `US`), for the extractor's word table.
pub(crate) fn capital_money_forms() -> impl Iterator<Item = &'static str> {
    let v: &'static Vocab = &VOCAB;
    v.symbols
        .keys()
        .copied()
        .filter(|k| currency_code(k).is_some())
        .chain(v.dollar_prefixes.keys().copied())
}

/// A currency named by a nationality (`Australian dollars`, `Swiss francs`,
/// `Hong Kong dollars`): `a` and `b` are the lower-cased words before the currency word `c`
/// (`a` empty for a one-word nationality).
pub(crate) fn national_currency(a: &str, b: &str, c: &str) -> Option<&'static str> {
    // The key "a b c" on the stack: this runs after every number followed by a capitalised word.
    let mut buf = [0u8; 64];
    let mut n = 0;
    for (k, part) in [a, b, c].into_iter().filter(|p| !p.is_empty()).enumerate() {
        let extra = usize::from(k > 0);
        if n + extra + part.len() > buf.len() {
            return None;
        }
        if k > 0 {
            buf[n] = b' ';
            n += 1;
        }
        buf[n..n + part.len()].copy_from_slice(part.as_bytes());
        n += part.len();
    }
    let key = std::str::from_utf8(&buf[..n]).ok()?;
    phrase(key)
        .filter(|u| u.is_money() && u.name != "$")
        .map(|u| u.name)
}

/// The hundredths of a currency whose minor unit is the cent, as the extractor's internal money
/// tag (`cent:CAD`).
pub(crate) fn cents_of(code: &str) -> Option<&'static str> {
    unit_info(code)
        .filter(|u| u.minor_name == Some("cent") && u.minor_digits == Some(2))
        .map(|u| u.cent_tag.as_str())
}

/// Currency codes and letter symbols written as words (`NIS 200`, `200 USD`, `RM79`).
/// Case-sensitive.
pub(crate) fn currency_code(w: &str) -> Option<&'static str> {
    get(VOCAB.symbols.get(w))
        .filter(|u| u.is_money() && w.chars().next().is_some_and(char::is_alphabetic))
        .filter(|_| !w.ends_with('$'))
        .map(|u| u.name)
}

/// Currency symbols (`€`, `£`, `₾`); `None` is the ambiguous `$`.
pub(crate) fn currency_symbol(s: &str) -> Option<Option<&'static str>> {
    let u = get(VOCAB.symbols.get(s)).filter(|u| u.is_money())?;
    Some((u.name != "$").then_some(u.name))
}

/// Letters glued before `$` that name the dollar (`US$`, `A$`, `HK$`).
pub(crate) fn dollar_prefix(w: &str) -> Option<&'static str> {
    get(VOCAB.dollar_prefixes.get(w)).map(|u| u.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_and_every_base_is_a_unit_of_its_class() {
        assert!(all_units().len() > 400);
        for u in all_units() {
            if u.is_money() || u.name == "$" {
                continue;
            }
            let b = unit_info(u.base).unwrap_or_else(|| panic!("base {} of {}", u.base, u.name));
            assert_eq!(b.class, u.class, "{}", u.name);
            assert_eq!(b.factor, Some(1.0), "base {} has factor 1", b.name);
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(unit_cased("m").map(|u| u.name), Some("metre"));
        assert_eq!(unit_cased("MB").map(|u| u.name), Some("megabyte"));
        assert_eq!(unit_cased("Mb").map(|u| u.name), Some("megabit"));
        assert_eq!(unit_word("kilometres").map(|u| u.name), Some("kilometre"));
        assert_eq!(currency_word("dollars"), Some(None));
        assert_eq!(currency_word("euros"), Some(Some("EUR")));
        assert_eq!(currency_word("pounds"), Some(Some("GBP")));
        assert_eq!(national_currency("", "australian", "dollars"), Some("AUD"));
        assert_eq!(national_currency("hong", "kong", "dollars"), Some("HKD"));
        assert_eq!(national_currency("", "swiss", "francs"), Some("CHF"));
        assert_eq!(cents_of("CAD"), Some("cent:CAD"));
        assert_eq!(cents_of("JPY"), None);
        assert_eq!(currency_code("NIS"), Some("ILS"));
        assert_eq!(currency_code("ALL"), None);
        assert_eq!(currency_symbol("€"), Some(Some("EUR")));
        assert_eq!(currency_symbol("$"), Some(None));
        assert_eq!(currency_symbol("\u{20be}"), Some(Some("GEL")));
        assert_eq!(dollar_prefix("HK"), Some("HKD"));
        assert_eq!(dollar_prefix("C"), Some("CAD"));
        assert_eq!(dollar_prefix("US"), Some("USD"));
    }
}
