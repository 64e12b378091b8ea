//! Numeric claims: every stated quantity, normalised, qualified and attributed.
//!
//! [`extract`] (or [`extract_with`], given tokens and sentences) finds every numeric expression
//! in a text. Each one becomes a [`NumberMention`] with a [`NumberKind`] and a short `reason`;
//! the quantities among them also become [`Claim`]s. The extractor is a single left-to-right
//! pass over each sentence's tokens with closed word lists (`match` tables): no regular
//! expressions, no models, no global state, no allocation per token.
//!
//! # The span
//!
//! A claim's `span` is `[qualifier] [currency] numeral [scale] [unit]`: `over 1,700`,
//! `around $10 million`, `more than 200-fold`, `as much as 8,000 terabytes`,
//! `thousands of hours`. **The counted noun is not in the span** (`four employees` has the span
//! `four`; `employees` goes in `counted`), so coordinated numerals that share a noun never
//! overlap. `num_span` is the bare numeral (`1,700`, `two million`, `a dozen`, `thousands`).
//! Spans never include trailing punctuation. All offsets are UTF-8 byte offsets.
//!
//! # The value
//!
//! `value` is the number with scale words applied, in the stated unit: `$10 million` is
//! 10,000,000 `USD`, `nearly two million` is 2,000,000, `0.1 million` is exactly 100,000 (scales
//! are applied to the decimal digits, not to a rounded float), `a dozen` is 12, `half` is 0.5
//! (`fraction`), `200-fold` is 200 (`fold`), `a quarter of a million` is 250,000, `2½` is 2.5.
//! Continental numerals are read where they cannot be English: `1.234,5` and `1 234,5` (a
//! decimal comma after dot or space groups), `1'000` (Swiss groups). Vague plurals state their lower bound with bound
//! `>=` and `vague`: `dozens` 12, `hundreds` 100, `thousands` 1,000, `tens of thousands`
//! 10,000, `hundreds of thousands` 100,000, `millions` 1,000,000. Ranges (`10 to 15`,
//! `between 10 and 15`, `10-15`, `$10-15 million`, `four or five months`) put the upper end in `value_max`; a range
//! needs compatible units on both ends and no change verb before `to` (`rose 12% to $250` is
//! two claims). Shares are `fraction`s in [0, 1]: `half`, `a third`, `two-thirds`, `one eighth`,
//! `one in five`, `7 in 10`, `7 out of 10`, `3/4 of` (a slash fraction is a quantity only with a
//! unit or `of` after it: `3/4 cup`). Mixed numbers are one value (`10 1/2 miles` 10.5,
//! `three and a fifth` 3.2, `five and a half million` 5,500,000), and so is scientific notation
//! (`2.48×10−5`, `1.99×10^-30 kg`).
//!
//! **Movements.** After a change verb, `fell from $36,040 to $34,935` is one claim: `value` is
//! the level reached (34,935), `value_from` the starting level (36,040) and `change` the
//! direction (from the verb, or from the two values); written level first, `fell to 4.1% from
//! 4.3%` is the same claim (span `4.1% from 4.3%`, `value` 4.1, `value_from` 4.3). Without a
//! change verb `from 18 to 24` is a range. **Multi-part amounts** are one claim in the first part's unit: `5 feet 2 inches` is
//! 5.1666… `foot` (normalised 1.5748 `metre`), `2 hours 30 minutes` 2.5 `hour`, `7lb 8oz` 7.5
//! `pound`, `3 dollars 50 cents` 3.5. An amount of money in parentheses is an accounting negative
//! (`($99.99)` is −99.99, with a note). A restatement keeps the first figure's direction
//! (`lost 190 points, or 0.6%`: both decreases).
//!
//! # Units
//!
//! The vocabulary is one generated table ([`unit_info`], [`all_units`]; built by
//! `scripts/gen_units.py` from pint's unit definitions and CLDR's currencies plus a curated
//! overlay): `count` (no unit), ISO 4217 codes for money (`USD`, `EUR`, `GBP`, `ILS`, `JPY`, …),
//! `percent`, `percentage point`, `basis point`, `fold`, `fraction`, durations (`second` …
//! `year`, `decade`, `century`, and `quarter` of a year for `the preceding three quarters`),
//! length, mass, volume, area, energy, power, pressure, speed, temperature, data and data rates,
//! frequency, fuel economy, concentration, magnitudes and index points. Names are singular.
//! Each claim carries its `unit_class` and, for every unit but `count`, `normalised`: the value
//! in the class's base unit (`terabyte` → 1e12 `byte` (decimal), `decade` → 315,576,000
//! `second`, `kilometre` → 1000 `metre`, `degree Celsius` → kelvin, `USD` → itself).
//!
//! A bare `$` is ambiguous: it is read as [`ExtractOptions::dollar`] (default `USD`) and the
//! claim carries a note saying so. `US$`, `A$`, `C$`, `HK$`, codes (`NIS 200`, `5 USD`) and
//! words (`500 shekels`, `20 euros`, `7bn kronor`), and nationalities (`Australian dollars` →
//! `AUD`, `Hong Kong dollars` → `HKD`, `Swiss francs` → `CHF`) are not ambiguous. `won` is the
//! Korean currency only after a scale word (`500 billion won`). Pence and cents are hundredths:
//! `45p` and `45 pence` are 0.45 `GBP`, `12 cents` is 0.12 of the dollar. A unit word after an
//! amount of money is not its unit (`$639m year-earlier` is `$639m`).
//!
//! A hyphenated unit is the numeral's unit (`five-month deal` → 5 `month`, `a 10-week course`),
//! and ages take `year`: `34-year-old` (the span includes `-old`), `aged 34`. `m`/`b` after a number are millions /
//! billions next to a currency (`£600m`); a glued `m` is also millions after a decimal or
//! before a count noun (`1.2m users`), and metres otherwise (`100m sprint`, `1.9m tall`).
//!
//! # Bounds
//!
//! | qualifier | bound |
//! |---|---|
//! | none, `just`, `only`, `exactly` | `=` |
//! | `over`, `more than`, `above`, `in excess of`, `north of`, `well over`, `a little over`, `slightly more than` | `>` |
//! | `at least`, `no fewer than`, vague plurals, `500+`, `or more` | `>=` |
//! | `fewer than`, `less than`, `under`, `below`, `well below`, `slightly less than` | `<` |
//! | `up to`, `as many as`, `as much as`, `at most`, `no more than` | `<=` |
//! | `about`, `around`, `nearly`, `almost`, `roughly`, `approximately`, `some`, `an estimated`, `close to` | `~` |
//! | signs: `>10`, `<10`, `>= 10`, `<= 100`, `≥ 30`, `≤ 5`, `≈ 170`, `∼140`, `~5` | as written |
//! | `exceed(s/ing)`, `less than or equal to`, `greater than or equal to`; after: `or greater`, `or fewer`, `or less` | `>`, `<=`, `>=`, `>=`, `<=`, `<=` |
//!
//! The word lists are data: `data/en/qualifiers.tsv`, `data/en/change_words.tsv` and
//! `data/en/numbers.tsv` (one directory per language), compiled in and parsed once.
//!
//! Qualifiers match in any case (`At Least`) and modify only the numeral directly after them
//! (in `over 1,700 Israeli and 47,000 Palestinian deaths` the 47,000 is `=`). `by` is not a
//! qualifier: `increased by 60%` is a change. `up to` after a verb of movement is a direction,
//! not a bound (`shares moved up to 45p` is `=`). `over`/`under` before a duration is a
//! preposition (`over five years` is `=`), except after `for` (`for over five years` is `>`).
//!
//! # Changes
//!
//! `change` is `increase`/`decrease` when a change verb or noun governs the number:
//! `rose 5%`, `increased by 60%`, `fell 2.5%`, `up 3%`, `a 60% increase`, `cut by half`,
//! `surged more than 200-fold`; `doubled`/`tripled`/`halved` are claims by themselves (factor
//! 2/3/0.5, `fold`). `rose to 500` states a level, not a change.
//!
//! # What is not a claim
//!
//! These are listed in [`Extraction::numbers`] with their kind and never become claims: years
//! (`in 2021`, `since 2023`, `EST 1917`, `the 1948 Nakba`, `1990s`), dates (`October 7, 2023`,
//! `June 2024`, `7 October`, `2024-06-01`), clock times (`10:30`, `3 p.m.`), identifiers
//! (`Unit 8200`, `GPT-4`, `+972`, `F-35`, `COVID-19`, `9/11`, `S&P 500`, `Boeing 737`,
//! `Section 230`), ordinals (`first`, `4th`), and `other`: numbers in URLs and e-mail
//! addresses, scores and tallies (`won 3-1`, `passed 68-32`), versions (`v2.0`), page and
//! chapter references, phone numbers, the partitive `one of`, malformed numerals (`1,2,3,4`),
//! ranks and labels (`number four`, `the number 10 shirt`, `section 4`, `version 3.1`) and
//! capitalised number words inside a sentence, which are names (`Channel Four's`,
//! `Ocean's Eleven`, `with Five and`). Day ranges before a month are dates (`5-6 March`),
//! `1973-90` is a span of years and `'83` a year.
//! A four-digit number is a year unless a counted noun follows it (`2000 people`) or a
//! currency, unit or comparative qualifier makes it an amount; between 1900 and 2100 the noun
//! must be plural (`its 2003 performance`, `2004 kept` are years), not after a possessive
//! (`its 2004 operations`), and a number coordinated with a year is a year
//! (`its 1999 and 2000 accounts`). `about 2006` with no noun after it is a year.
//!
//! A rate names what it is per in `per` (not in the span): `$5 a share`, `2% a year`,
//! `150,000 cars a year`, `3.5 million barrels per day`, `£10 per head`, `$5/share`, and after
//! `a`/`an` any unit of the unit table (`$2,450 an ounce`, `$5,000 an acre`); every denominator
//! of a compound unit (`10 mg/kg/day`: `kg/day`; `1000 W/m²`: `m²`), and a round base with its
//! noun (`12.4 per 100,000 person-years`: `100,000 person-years`, which is no claim of its own).
//!
//! A figure with its uncertainty is one claim in the unit written after it (`54.3 ± 8.2 years`,
//! `12 mg ± 0.4 mg`, `45% +/- 3%`): the value is the figure's, the uncertainty a note
//! (`uncertainty ±8.2`). `plus or minus 3 percentage points` is a margin of 3, not minus 3.
//!
//! # Context
//!
//! `counted` is the head of the noun phrase after the quantity (`47,000 Palestinian deaths` →
//! `deaths` with `counted_modifier` `Palestinian`; `61,827 people killed` → `people killed`),
//! after `of` for measures (`19,000 hours of support` → `support`), shared across a
//! coordination, or the verb of an elided object (`and wounded 155,275` → `wounded`).
//! `attribution` is the nearest source in the sentence (`according to X`, `X said`, `said X`,
//! `citing X`, `X reported`); `time` the nearest time expression (`since 2023`,
//! `between October 2023 and June 2024`, `last year`). Context never crosses a sentence.
//!
//! # Languages
//!
//! Everything above is English. German, French, Spanish, Italian, Portuguese and Dutch have
//! their own rules, as data (`data/<code>/`, see `data/README.md`), chosen by
//! [`ExtractOptions::lang`]; no English rule runs on them and no rule of theirs on English. Each
//! reads its own number format (German `1.700` is 1700 and `1,5` is 1.5; French `47 000` is one
//! number; Spanish `1,700 millones` is 1.7 million), number words and compounds
//! (`dreiundzwanzig`, `quatre-vingt-dix`, `veintitrés`, `drieëntwintig`), scales (`Mio.`,
//! `mil millones`, `bilhão`), qualifiers, vague amounts, changes, units, dates and years. The
//! measure ids are English's (`Tote`, `morts` and `muertos` are all `killed`), from a simpler
//! clause rule; scopes, time references and roles are read in English only.
//!
//! ```
//! use claimsift::claims::{extract, Bound, ExtractOptions};
//! use claimsift::Lang;
//! let text = "Mindestens 1.700 Menschen wurden getötet, der Schaden liegt bei 3 Mrd. Euro.";
//! let ex = extract(text, &ExtractOptions::for_lang(Lang::German).unwrap());
//! let got: Vec<(&str, f64, &str)> = ex.claims.iter().map(|c| (c.span.slice(text), c.value, c.unit.as_str())).collect();
//! assert_eq!(got, [("Mindestens 1.700", 1700.0, "count"), ("3 Mrd. Euro", 3e9, "EUR")]);
//! assert_eq!((ex.claims[0].bound, ex.claims[0].measure.as_deref()), (Bound::Ge, Some("killed")));
//! ```
//!
//! # Examples
//!
//! ```
//! use claimsift::claims::{extract, Bound, ExtractOptions};
//! let text = "Officials said over 1,700 Israeli and 47,000 Palestinian deaths were recorded.";
//! let ex = extract(text, &ExtractOptions::default());
//! let spans: Vec<&str> = ex.claims.iter().map(|c| c.span.slice(text)).collect();
//! assert_eq!(spans, ["over 1,700", "47,000"]);
//! assert_eq!(ex.claims[0].bound, Bound::Gt);
//! assert_eq!(ex.claims[1].bound, Bound::Eq);
//! assert_eq!(ex.claims[1].counted.unwrap().slice(text), "deaths");
//! assert_eq!(ex.claims[1].counted_modifier.unwrap().slice(text), "Palestinian");
//! assert_eq!(ex.claims[0].attribution.unwrap().slice(text), "Officials");
//! ```
//!
//! ```
//! use claimsift::claims::{extract, Change, ExtractOptions, NumberKind};
//! let text = "Between October 2023 and June 2024, Microsoft earned around $10 million as usage \
//!             increased by 60%; Unit 8200 held as much as 8,000 terabytes.";
//! let ex = extract(text, &ExtractOptions::default());
//! let money = &ex.claims[0];
//! assert_eq!((money.span.slice(text), money.value, money.unit.as_str()), ("around $10 million", 1e7, "USD"));
//! assert!(money.notes[0].contains("$"));
//! assert_eq!(money.time.unwrap().slice(text), "Between October 2023 and June 2024");
//! assert_eq!(ex.claims[1].change, Some(Change::Increase));
//! let data = &ex.claims[2];
//! assert_eq!(data.normalised.as_ref().map(|n| (n.value, n.unit.as_str())), Some((8e15, "byte")));
//! let kinds: Vec<(&str, NumberKind)> = ex.numbers.iter().map(|m| (m.span.slice(text), m.kind)).collect();
//! assert!(kinds.contains(&("October 2023", NumberKind::Date)));
//! assert!(kinds.contains(&("Unit 8200", NumberKind::Identifier)));
//! ```

mod context;
mod extract;
mod langdata;

/// One language's claim rules (not English), for the sentence splitter.
pub(crate) use langdata::LangWords as LangRules;

/// The claim rules of a language other than English (`None` for English and languages without
/// claim rules).
pub(crate) fn lang_rules(lang: crate::Lang) -> Option<&'static LangRules> {
    langdata::for_lang(lang)
}
mod lexicon;
mod measure;
mod measure_intl;
pub(crate) mod numbers;
mod timeref;
mod units;
pub(crate) mod vocab;

pub(crate) use measure::{is_not_name, is_place_key, scope_key_of};
pub use timeref::{time_ref_label, Grain, Period, RelUnit, TimeRef};
pub use vocab::{measure_def, measures, MeasureDef, MeasureKind, Role};

pub use units::{all_units, unit_class, unit_info, UnitInfo};
pub(crate) use units::{is_currency_prefix, is_unit_suffix};

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// Why a number is (or is not) a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum NumberKind {
    /// A count, amount or measure: the only kind that is a claim.
    Quantity,
    /// A bare calendar year (`2021`, `since 2023`, `EST 1917`).
    Year,
    /// A calendar date containing a month (`October 7, 2023`, `June 2024`).
    Date,
    /// A clock time (`10:30`, `3 p.m.`).
    Time,
    /// A number that is part of a name (`Unit 8200`, `GPT-4`, `+972`).
    Identifier,
    /// An ordinal (`first`, `4th`).
    Ordinal,
    /// Anything else: URLs, partitive `one of`, scores, versions, phone numbers, page numbers…
    Other,
}

impl NumberKind {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Quantity => "quantity",
            NumberKind::Year => "year",
            NumberKind::Date => "date",
            NumberKind::Time => "time",
            NumberKind::Identifier => "identifier",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Other => "other",
        }
    }
}

/// Every numeric expression in a text with its kind (claims are the quantities).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberMention {
    /// Span of the expression (the whole date, identifier, URL, or the quantity span).
    pub span: Span,
    /// What it is.
    pub kind: NumberKind,
    /// Its value, where one applies (the year for a year, the number for an ordinal).
    pub value: Option<f64>,
    /// ISO 8601 (partial) form for years and dates: `2021`, `2023-10`, `--10-07`.
    pub iso: Option<String>,
    /// A short reason for the kind (`"model name"`, `"inside a URL"`), for inspection.
    pub reason: Option<String>,
}

/// `=`, `>`, `>=`, `<`, `<=`, `~`: how the stated figure bounds the true one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub enum Bound {
    /// No qualifier (or `just`, `only`, `exactly`).
    #[default]
    Eq,
    /// `over`, `more than`.
    Gt,
    /// `at least`, vague plurals (`thousands`).
    Ge,
    /// `fewer than`, `less than`, `under`.
    Lt,
    /// `up to`, `as many as`, `at most`.
    Le,
    /// `about`, `around`, `nearly`, `almost`, `roughly`, `an estimated`.
    Approx,
}

impl Bound {
    /// The symbol: `=`, `>`, `>=`, `<`, `<=`, `~`.
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Eq => "=",
            Bound::Gt => ">",
            Bound::Ge => ">=",
            Bound::Lt => "<",
            Bound::Le => "<=",
            Bound::Approx => "~",
        }
    }
}

/// Direction of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Change {
    /// `rose`, `increased by`, `surged`, `doubled`.
    Increase,
    /// `fell`, `dropped`, `cut by`, `halved`.
    Decrease,
}

impl Change {
    /// `"increase"` or `"decrease"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Increase => "increase",
            Change::Decrease => "decrease",
        }
    }
}

/// A value in a base unit (`8,000 terabytes` → `8e15 byte`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Normalised {
    /// The value in the base unit.
    pub value: f64,
    /// Upper end of a range in the base unit.
    pub value_max: Option<f64>,
    /// The base unit (`byte`, `year`, `metre`, …).
    pub unit: String,
}

/// One numeric claim.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The quantity span: `[qualifier] [currency] numeral [scale] [unit]` (the counted noun is not
    /// in it; see the gold conventions).
    pub span: Span,
    /// The bare numeral (`1,700`, `two million`, `a dozen`, `thousands`).
    pub num_span: Span,
    /// The value with scale words applied, in the stated unit.
    pub value: f64,
    /// Upper end of a range (`10 to 15`).
    pub value_max: Option<f64>,
    /// The starting level of a movement: `fell from $36,040 to $34,935` is one claim with
    /// `value` 34,935 (the level reached), `value_from` 36,040 and `change` decrease (after a
    /// change verb only; `aged from 18 to 24` is a range). Absent from older serialisations.
    #[serde(default)]
    pub value_from: Option<f64>,
    /// The figure is the level reached after a change, not a change: `rose 8.1% to 99.20 yuan`
    /// (99.20 yuan; the change is the claim before it), `Shares fell to 45p`, `Sales doubled to
    /// 2m units`. Such a figure has no `change` of its own. A movement (`from A to B`) carries
    /// its level in `value` instead. Absent from older serialisations.
    #[serde(default)]
    pub level: bool,
    /// The unit, from a closed, documented vocabulary.
    pub unit: String,
    /// The class of `unit` (`count`, `money`, `percent`, `length`, `duration`, `temperature`,
    /// …: the closed list is in the unit table's docs, [`unit_info`]). Absent from older
    /// serialisations (empty then).
    #[serde(default)]
    pub unit_class: String,
    /// The value in the base unit of the class (`5 km` → 5000 `metre`, `48 h` → 172800
    /// `second`, `45p` → 0.45 `GBP`), for every unit of the table except `count`.
    pub normalised: Option<Normalised>,
    /// How the figure bounds the truth.
    pub bound: Bound,
    /// The qualifier words (`over`, `At Least`), as written.
    pub qualifier: Option<Span>,
    /// A vague quantity (`thousands of`, `dozens`).
    pub vague: bool,
    /// An increase or decrease, when the number is a change.
    pub change: Option<Change>,
    /// What is counted or measured (`deaths`, `Palestinians killed`), when found.
    pub counted: Option<Span>,
    /// A modifier of the counted noun carried from a coordinated phrase (`Israeli` in
    /// `1,700 Israeli and 47,000 Palestinian deaths`).
    pub counted_modifier: Option<Span>,
    /// The sentence the claim is in.
    pub sentence: Span,
    /// Who the text credits for the number.
    pub attribution: Option<Span>,
    /// The time expression attached to it.
    pub time: Option<Span>,
    /// Warnings, e.g. `"ambiguous currency symbol $ read as USD"`.
    pub notes: Vec<String>,
    /// What a rate is per: `share` in `$5 a share`, `year` in `2% a year`, `day` in
    /// `150,000 barrels per day`. Not part of `span`. Absent from older serialisations.
    #[serde(default)]
    pub per: Option<Span>,
    /// What the figure measures: a measure id from the vocabulary (`killed`, `turnout`,
    /// `revenue`; see [`measures`]) or `noun:<counted noun>` (`noun:passenger`); `None` when the
    /// clause names nothing (`2,000 people attended`). See the `measure` stage.
    #[serde(default)]
    pub measure: Option<String>,
    /// The words that gave the measure (`killed`, `death toll`, `deaths`).
    #[serde(default)]
    pub measure_span: Option<Span>,
    /// Whom or where the figure is about, as a key: a place or group (`morocco`, `al haouz`,
    /// `microsoft`) or a level (`@national`, `@world`, `@regional`, `@local`).
    #[serde(default)]
    pub scope: Option<String>,
    /// The words that gave the scope.
    #[serde(default)]
    pub scope_span: Option<Span>,
    /// The period the figure is for, as written (resolve it with the document's date).
    #[serde(default)]
    pub time_ref: Option<TimeRef>,
    /// `previous`, `forecast`, `subset` or `increment`; `None` for the figure itself.
    #[serde(default)]
    pub role: Option<Role>,
    /// The kind of page block the claim stands in (body, headline, teaser, boilerplate, …), set by
    /// the [`crate::Pipeline`] (`None` from [`extract`] alone, and with
    /// [`crate::pipeline::Boilerplate::Keep`]). Absent from older serialisations.
    #[serde(default)]
    pub block: Option<crate::page::BlockKind>,
}

/// Options for extraction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ExtractOptions {
    /// Language of the text: its claim rules are used. A language without claim rules
    /// ([`crate::Lang::has_claim_rules`]) extracts nothing; [`ExtractOptions::for_lang`] refuses it.
    pub lang: crate::Lang,
    /// Currency assumed for a bare `$` (default `USD`, with a note on every claim that used it).
    pub dollar: String,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            lang: crate::Lang::English,
            dollar: "USD".to_string(),
        }
    }
}

impl ExtractOptions {
    /// Options for `lang`, or [`crate::Error::Config`] when the language has no claim rules.
    ///
    /// ```
    /// use claimsift::claims::ExtractOptions;
    /// use claimsift::Lang;
    /// assert!(ExtractOptions::for_lang(Lang::English).is_ok());
    /// assert!(ExtractOptions::for_lang(Lang::Russian).is_err());
    /// ```
    pub fn for_lang(lang: crate::Lang) -> crate::Result<Self> {
        lang.check_claim_rules()?;
        Ok(ExtractOptions {
            lang,
            ..Default::default()
        })
    }
}

/// Everything the extractor found in one text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The claims (quantities), in text order.
    pub claims: Vec<Claim>,
    /// Every numeric expression with its kind, in text order.
    pub numbers: Vec<NumberMention>,
}

/// Extracts claims and numbers from `text`.
pub fn extract(text: &str, options: &ExtractOptions) -> Extraction {
    let tokens = crate::tokenize::tokenize(text);
    let sentences = crate::sentences::sentences_from_tokens_lang(text, &tokens, options.lang);
    extract_with(text, &tokens, &sentences, options)
}

/// Extracts claims given tokens and sentences already computed (the pipeline's path).
pub fn extract_with(
    text: &str,
    tokens: &[crate::Token],
    sentences: &[crate::Sentence],
    options: &ExtractOptions,
) -> Extraction {
    // Never silently wrong: without claim rules for the language nothing is extracted (the
    // pipeline refuses such a configuration up front, or notes it per document in auto mode).
    if !options.lang.has_claim_rules() {
        return Extraction::default();
    }
    let mut ex = extract::run(text, tokens, sentences, options);
    // The measure vocabulary and its clause rules are English's; other languages get theirs.
    if options.lang == crate::Lang::English {
        measure::annotate(text, tokens, sentences, &mut ex);
    } else {
        measure_intl::annotate(text, tokens, sentences, &mut ex, options.lang);
    }
    ex
}
