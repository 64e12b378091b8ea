//! The measure, role and scope vocabularies: data files compiled into the crate.
//!
//! The files live in `src/claims/data/` (one per language and kind; their headers document the
//! format). They are parsed once, on first use, into maps keyed by a form's first word; a form of
//! several words (`death_toll`, `took_to_the_streets`) is matched word by word from there.

// FxHash: these maps are looked up for every word around every figure; their keys are our own
// vocabulary, so a fast non-keyed hash is safe (rustc-hash is already a dependency).
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// How a measure moves over time (see `data/measures/en.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum MeasureKind {
    /// A running total that is revised over time (a toll, a case count).
    Cumulative,
    /// A current level revised up or down (missing, without power).
    Level,
    /// A figure for one period (revenue, a rate).
    Periodic,
    /// One fact that does not move (a magnitude, a fee).
    Fixed,
}

impl MeasureKind {
    /// `cumulative`, `periodic` or `fixed`.
    pub fn as_str(self) -> &'static str {
        match self {
            MeasureKind::Cumulative => "cumulative",
            MeasureKind::Level => "level",
            MeasureKind::Periodic => "periodic",
            MeasureKind::Fixed => "fixed",
        }
    }
}

/// One measure of the vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeasureDef {
    /// Language-independent id (`killed`, `revenue`).
    pub id: &'static str,
    /// How it moves over time.
    pub kind: MeasureKind,
    /// What the comparison prints.
    pub label: &'static str,
}

/// What a figure stands for besides its measure (see `data/measures/roles.en.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum Role {
    /// An earlier figure quoted beside the current one (`up from 23,000`).
    Previous,
    /// An expectation, not a count (`analysts expected`).
    Forecast,
    /// A part of another figure (`2,530 of them`).
    Subset,
    /// A new or daily increase (`14 more victims`).
    Increment,
}

impl Role {
    /// `previous`, `forecast`, `subset` or `increment`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Previous => "previous",
            Role::Forecast => "forecast",
            Role::Subset => "subset",
            Role::Increment => "increment",
        }
    }
}

/// Where a role word stands relative to the numeral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Before,
    After,
    Either,
}

/// A form: its words after the first, and what it stands for.
pub(crate) struct Form<T> {
    pub rest: Vec<&'static str>,
    pub value: T,
}

/// Forms keyed by their first word, longest first; `1` holds the first words' signatures, so
/// that most words of a sentence (no first word of any form) skip the hash lookup.
pub(crate) struct Forms<T>(HashMap<&'static str, Vec<Form<T>>>, super::lexicon::Sigs);

impl<T: Copy> Forms<T> {
    fn new() -> Self {
        Forms(HashMap::default(), super::lexicon::Sigs::default())
    }
    fn add(&mut self, form: &'static str, value: T) {
        let mut words = form.split('_');
        let Some(first) = words.next() else { return };
        let rest: Vec<&'static str> = words.collect();
        let v = self.0.entry(first).or_default();
        v.push(Form { rest, value });
        v.sort_by_key(|f| std::cmp::Reverse(f.rest.len()));
        self.1.insert(first);
    }
    /// The longest form starting at `words[i]`: its value and its length in words.
    pub(crate) fn at(&self, words: &[&str], i: usize) -> Option<(T, usize)> {
        let w = words.get(i)?;
        if !self.1.may_contain(w) {
            return None;
        }
        let cands = self.0.get(w)?;
        cands.iter().find_map(|f| {
            let ok = f
                .rest
                .iter()
                .enumerate()
                .all(|(k, w)| words.get(i + 1 + k).is_some_and(|x| x == w));
            ok.then_some((f.value, 1 + f.rest.len()))
        })
    }
    /// The longest form ending at `words[i]` (for backward scans).
    pub(crate) fn ending_at(&self, words: &[&str], i: usize, max_len: usize) -> Option<(T, usize, usize)> {
        (0..max_len.min(i + 1)).rev().find_map(|back| {
            let s = i - back;
            self.at(words, s)
                .filter(|(_, n)| s + n == i + 1)
                .map(|(v, n)| (v, s, n))
        })
    }
}

/// One language's vocabularies.
pub(crate) struct Vocab {
    pub measures: Vec<MeasureDef>,
    pub measure_forms: Forms<usize>,
    pub roles: Forms<(Role, Side)>,
    pub generic: HashSet<&'static str>,
    pub scopes: Forms<&'static str>,
    /// The scope keys (`morocco`, `united_states`, `@national`).
    pub scope_keys: HashSet<&'static str>,
}

fn lines(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

impl Vocab {
    fn parse(measures: &'static str, roles: &'static str, scopes: &'static str) -> Vocab {
        let mut v = Vocab {
            measures: Vec::new(),
            measure_forms: Forms::new(),
            roles: Forms::new(),
            generic: Default::default(),
            scopes: Forms::new(),
            scope_keys: Default::default(),
        };
        for f in lines(measures) {
            assert!(f.len() == 4, "measure vocabulary line needs 4 fields: {f:?}");
            let kind = match f[1] {
                "cumulative" => MeasureKind::Cumulative,
                "level" => MeasureKind::Level,
                "periodic" => MeasureKind::Periodic,
                "fixed" => MeasureKind::Fixed,
                k => panic!("unknown measure kind {k:?} in the measure vocabulary"),
            };
            let idx = v.measures.len();
            v.measures.push(MeasureDef {
                id: f[0],
                kind,
                label: f[2],
            });
            for form in f[3].split(' ').filter(|s| !s.is_empty()) {
                v.measure_forms.add(form, idx);
            }
        }
        for f in lines(roles) {
            assert!(f.len() == 3, "role vocabulary line needs 3 fields: {f:?}");
            let forms = f[2].split(' ').filter(|s| !s.is_empty());
            if f[0] == "generic" {
                v.generic.extend(forms);
                continue;
            }
            let role = match f[0] {
                "previous" => Role::Previous,
                "forecast" => Role::Forecast,
                "subset" => Role::Subset,
                "increment" => Role::Increment,
                r => panic!("unknown role {r:?} in the role vocabulary"),
            };
            let side = match f[1] {
                "before" => Side::Before,
                "after" => Side::After,
                _ => Side::Either,
            };
            for form in forms {
                v.roles.add(form, (role, side));
            }
        }
        for f in lines(scopes) {
            assert!(f.len() == 2, "scope vocabulary line needs 2 fields: {f:?}");
            v.scopes.add(f[0], f[0]);
            v.scope_keys.insert(f[0]);
            for form in f[1].split(' ').filter(|s| !s.is_empty()) {
                v.scopes.add(form, f[0]);
            }
        }
        v
    }

    /// The measure with this id.
    pub(crate) fn measure(&self, id: &str) -> Option<&MeasureDef> {
        self.measures.iter().find(|m| m.id == id)
    }
}

/// English (the vocabulary every language's ids come from).
pub(crate) static EN: LazyLock<Vocab> = LazyLock::new(|| {
    Vocab::parse(
        include_str!("data/measures/en.tsv"),
        include_str!("data/measures/roles.en.tsv"),
        include_str!("data/scopes/en.tsv"),
    )
});

/// Measure forms of the other claim languages (`measures/<code>.tsv`: `id<TAB>forms`, the ids,
/// kinds and labels of the English file), each form mapping to the measure's index in
/// [`EN`]'s list.
const LANG_MEASURES: &[(crate::Lang, &str)] = &[
    (crate::Lang::German, include_str!("data/measures/de.tsv")),
    (crate::Lang::French, include_str!("data/measures/fr.tsv")),
    (crate::Lang::Spanish, include_str!("data/measures/es.tsv")),
    (crate::Lang::Italian, include_str!("data/measures/it.tsv")),
    (crate::Lang::Portuguese, include_str!("data/measures/pt.tsv")),
    (crate::Lang::Dutch, include_str!("data/measures/nl.tsv")),
];

static LANG_FORMS: LazyLock<Vec<(crate::Lang, Forms<usize>)>> = LazyLock::new(|| {
    LANG_MEASURES
        .iter()
        .map(|&(lang, src)| {
            let mut forms = Forms::new();
            for f in lines(src) {
                assert!(
                    f.len() == 2,
                    "{lang} measure vocabulary line needs 2 fields: {f:?}"
                );
                let idx = EN
                    .measures
                    .iter()
                    .position(|m| m.id == f[0])
                    .unwrap_or_else(|| panic!("{lang} measure vocabulary: unknown id {:?}", f[0]));
                for form in f[1].split(' ').filter(|s| !s.is_empty()) {
                    forms.add(form, idx);
                }
            }
            (lang, forms)
        })
        .collect()
});

/// The measure forms of a claim language other than English (`None` for English, whose
/// vocabulary is [`EN`], and for languages without one).
pub(crate) fn lang_measure_forms(lang: crate::Lang) -> Option<&'static Forms<usize>> {
    LANG_FORMS.iter().find(|(l, _)| *l == lang).map(|(_, f)| f)
}

/// The measure with this id in the vocabulary, if any (`killed`, `revenue`).
///
/// ```
/// use claimsift::claims::{measure_def, MeasureKind};
/// assert_eq!(measure_def("killed").unwrap().kind, MeasureKind::Cumulative);
/// assert_eq!(measure_def("magnitude").unwrap().kind, MeasureKind::Fixed);
/// assert!(measure_def("fired").is_none());
/// ```
pub fn measure_def(id: &str) -> Option<MeasureDef> {
    EN.measure(id).copied()
}

/// Every measure of the vocabulary, in file order.
pub fn measures() -> Vec<MeasureDef> {
    EN.measures.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocab_parses_and_forms_match_whole_words() {
        let v = &*EN;
        assert!(v.measures.len() > 50);
        let words = ["the", "death", "toll", "rose"];
        let (m, n) = v.measure_forms.at(&words, 1).unwrap();
        assert_eq!((v.measures[m].id, n), ("killed", 2));
        assert!(v.measure_forms.at(&["fired"], 0).is_none());
        assert!(v.measure_forms.at(&["fire"], 0).is_none());
        let w = ["took", "to", "the", "streets"];
        assert_eq!(v.measures[v.measure_forms.at(&w, 0).unwrap().0].id, "protesters");
        assert_eq!(
            v.measure_forms.ending_at(&w, 3, 5).map(|x| (x.1, x.2)),
            Some((0, 4))
        );
        assert_eq!(v.scopes.at(&["palestinian"], 0).unwrap().0, "palestine");
        assert_eq!(
            v.scopes.at(&["across", "the", "country"], 0).unwrap().0,
            "@national"
        );
        assert!(v.generic.contains("people"));
        for &(lang, _) in LANG_MEASURES {
            assert!(
                lang_measure_forms(lang).is_some_and(|f| !f.0.is_empty()),
                "{lang}"
            );
        }
        let de = lang_measure_forms(crate::Lang::German).unwrap();
        assert_eq!(v.measures[de.at(&["tote"], 0).unwrap().0].id, "killed");
        assert_eq!(v.measures[de.at(&["ums", "leben"], 0).unwrap().0].id, "killed");
        // every id is unique
        let mut ids: Vec<&str> = v.measures.iter().map(|m| m.id).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }
}

/// A closed class of lower-case words (see `data/measures/words.en.tsv`), with the words'
/// signatures: the rules ask about most words of a claim's sentence, and most are in no class.
#[derive(Debug, Default)]
pub(crate) struct Words(HashSet<&'static str>, super::lexicon::Sigs);

impl Words {
    /// Whether `w` (lower case) is in the class.
    #[inline]
    pub(crate) fn contains<S: AsRef<str> + ?Sized>(&self, w: &S) -> bool {
        let w = w.as_ref();
        self.1.may_contain(w) && self.0.contains(w)
    }
    fn extend(&mut self, words: impl Iterator<Item = &'static str>) {
        for w in words {
            self.0.insert(w);
            self.1.insert(w);
        }
    }
}

/// The closed word classes of the English measure stage, one line per class in
/// `data/measures/words.en.tsv` (compiled in, parsed once).
#[derive(Debug, Default)]
pub(crate) struct MeasureWords {
    /// Prepositions that introduce a scope (`in`, `across`).
    pub scope_prep: Words,
    /// Words between a measure noun and its figure (`revenue of`).
    pub intro: Words,
    /// Nouns that close a named sub-group (`sector`).
    pub sector_head: Words,
    /// Heads of a phrase after `in` that name no sub-group (`earthquake`, `total`).
    pub not_scope_head: Words,
    /// Generic heads dropped from a place name (`province`).
    pub generic_head: Words,
    /// Capitalised words that are no names (`The`, `Monday`).
    pub not_name: Words,
    /// Verbs of a change with no direction (`revised`) after which `from N` is the earlier figure
    /// (with the change words of `data/en/change_words.tsv`).
    pub change_from: Words,
    /// Lower-case words that modify a following place (`western`).
    pub place_modifier: Words,
    /// A country's institutions that own its measures (`military`).
    pub institution: Words,
    /// Heads of reporting agencies, sources not scopes (`department`).
    pub source_head: Words,
    /// Verbs that end a name in a short headline (`lose`).
    pub headline_verb: Words,
    /// Verbs of saying: the name before them is a figure's source, not its scope (`said`).
    pub reporting_verb: Words,
    /// Words that set a figure against the one before it, of the same measure (`vs`, `compared`).
    pub compared_with: Words,
    /// Nouns of estimates that, as a sentence's subject, make its figures estimates (`poll`).
    pub estimate_subject: Words,
    /// Verbs after such a subject (`suggested`, `showed`).
    pub estimate_verb: Words,
    /// Words after `<place> and` that add other places (`other`, `regions`).
    pub widening: Words,
    /// Verbs that give a figure a predicate of its own (`are`, `remain`): it inherits no measure.
    pub own_verb: Words,
}

fn parse_measure_words(src: &'static str) -> MeasureWords {
    let mut w = MeasureWords::default();
    for line in src.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (class, words) = line.split_once('\t').unwrap_or((line, ""));
        let slot = match class {
            "scope_prep" => &mut w.scope_prep,
            "intro" => &mut w.intro,
            "sector_head" => &mut w.sector_head,
            "not_scope_head" => &mut w.not_scope_head,
            "generic_head" => &mut w.generic_head,
            "not_name" => &mut w.not_name,
            "change_from" => &mut w.change_from,
            "place_modifier" => &mut w.place_modifier,
            "institution" => &mut w.institution,
            "source_head" => &mut w.source_head,
            "compared_with" => &mut w.compared_with,
            "estimate_subject" => &mut w.estimate_subject,
            "estimate_verb" => &mut w.estimate_verb,
            "widening" => &mut w.widening,
            "own_verb" => &mut w.own_verb,
            "headline_verb" => &mut w.headline_verb,
            "reporting_verb" => &mut w.reporting_verb,
            other => panic!("words.en.tsv: unknown class {other:?}"),
        };
        slot.extend(words.split_whitespace());
    }
    w
}

/// The English measure stage's word classes.
pub(crate) static WORDS_EN: LazyLock<MeasureWords> =
    LazyLock::new(|| parse_measure_words(include_str!("data/measures/words.en.tsv")));

#[cfg(test)]
mod words_tests {
    #[test]
    fn every_class_of_the_word_file_is_read_and_none_is_empty() {
        let w = &*super::WORDS_EN;
        for (name, class) in [
            ("scope_prep", &w.scope_prep),
            ("intro", &w.intro),
            ("sector_head", &w.sector_head),
            ("not_scope_head", &w.not_scope_head),
            ("generic_head", &w.generic_head),
            ("not_name", &w.not_name),
            ("change_from", &w.change_from),
            ("place_modifier", &w.place_modifier),
            ("institution", &w.institution),
            ("source_head", &w.source_head),
            ("headline_verb", &w.headline_verb),
            ("reporting_verb", &w.reporting_verb),
        ] {
            assert!(!class.0.is_empty(), "{name}");
        }
        assert!(w.generic_head.contains("province") && w.not_name.contains("monday"));
    }
}

/// Measure families (`data/measures/families.tsv`): measures one figure may be stated under.
static FAMILIES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut m = HashMap::default();
    for line in include_str!("data/measures/families.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some((family, ids)) = line.split_once('\t') {
            for id in ids.split_whitespace() {
                m.insert(id, family);
            }
        }
    }
    m
});

/// Whether two measure ids are of one family (`majority` and `vote_yes`); a measure is of its own.
pub(crate) fn same_family(a: &str, b: &str) -> bool {
    a == b || FAMILIES.get(a).is_some_and(|f| FAMILIES.get(b) == Some(f))
}

/// The unit classes each measure can be stated in (`data/measures/unit_classes.tsv`).
static UNIT_CLASSES: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut m = HashMap::default();
    for line in include_str!("data/measures/unit_classes.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (id, classes) = line.split_once('\t').unwrap_or((line, ""));
        m.insert(id.trim(), classes.split_whitespace().collect());
    }
    m
});

/// Whether a figure in unit class `class` can state measure `id` (relative figures fit all).
pub(crate) fn measure_fits_class(id: &str, class: &str) -> bool {
    matches!(
        class,
        "percent" | "percentage_point" | "basis_point" | "fold" | "fraction"
    ) || UNIT_CLASSES.get(id).is_none_or(|cs| cs.contains(&class))
}

#[cfg(test)]
mod family_tests {
    #[test]
    fn families_join_only_their_measures() {
        assert!(super::same_family("majority", "vote_yes"));
        assert!(super::same_family("jobs", "layoffs"));
        assert!(!super::same_family("killed", "injured"));
        for (id, classes) in super::UNIT_CLASSES.iter() {
            assert!(
                super::measure_def(id).is_some(),
                "unit_classes.tsv: {id} is no measure"
            );
            for c in classes {
                assert!(
                    crate::claims::all_units().iter().any(|u| u.class == *c),
                    "unit_classes.tsv: {c} is no unit class"
                );
            }
        }
        assert!(super::measure_fits_class("jobs", "count") && !super::measure_fits_class("jobs", "money"));
        assert!(super::measure_fits_class("jobs", "percent") && super::measure_fits_class("usage", "data"));
        for id in super::FAMILIES.keys() {
            assert!(
                super::measure_def(id).is_some(),
                "{id} is no measure of the vocabulary"
            );
        }
    }
}
