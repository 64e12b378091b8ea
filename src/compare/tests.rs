//! Tests of the comparison: keys, scope, time, stories, intervals, trends.
//! All texts are written for these tests.

use super::*;
use crate::Pipeline;

fn run(docs: &[(&str, Option<&str>, &str)]) -> Comparison {
    let p = Pipeline::default();
    let mut c = Comparator::new(CompareOptions::default());
    for (id, date, text) in docs {
        let mut m = DocMeta::new(*id);
        if let Some(d) = date {
            m = m.date(d).unwrap();
        }
        c.add(m, text, &p.process(text));
    }
    c.finish()
}

/// The groups with figures from two or more documents: (label, status, texts).
fn shared(c: &Comparison) -> Vec<(String, Status, Vec<String>)> {
    c.groups
        .iter()
        .filter(|g| g.docs >= 2)
        .map(|g| {
            (
                g.label.clone(),
                g.status,
                g.members.iter().map(|&i| c.entries[i].text.clone()).collect(),
            )
        })
        .collect()
}

const QUAKE_A: &str =
    "An earthquake struck the Hindu Kush region of Zarbania on Friday. At least 1,200 people \
    were killed and 2,300 were injured, the Zarbanian Interior Ministry said. In Velmar province, 800 people \
    died, officials in Velmar said.";
const QUAKE_B: &str = "The Zarbania earthquake in the Hindu Kush has killed 1,450 people and injured 2,500, \
    according to the Zarbanian Interior Ministry. In Velmar province the toll reached 950.";
const QUAKE_C: &str =
    "Rescuers in Zarbania dug through rubble in the Hindu Kush as the death toll rose to 2,012. \
    The 1998 Hindu Kush earthquake killed 4,000 people.";

#[test]
fn province_and_national_tolls_stay_apart_and_rise_as_a_trend() {
    let c = run(&[
        ("a", Some("2023-09-09"), QUAKE_A),
        ("b", Some("2023-09-10"), QUAKE_B),
        ("c", Some("2023-09-11"), QUAKE_C),
    ]);
    let s = shared(&c);
    let killed = s.iter().find(|g| g.0 == "killed").expect("national toll group");
    assert_eq!(killed.1, Status::Trend, "{s:?}");
    assert!(killed.2.contains(&"At least 1,200".to_string()));
    assert!(killed.2.contains(&"1,450".to_string()));
    assert!(killed.2.contains(&"2,012".to_string()));
    assert!(
        !killed.2.contains(&"800".to_string()),
        "province toll merged: {s:?}"
    );
    assert!(
        !killed.2.contains(&"4,000".to_string()),
        "background quake merged: {s:?}"
    );
    let prov = s
        .iter()
        .find(|g| g.0 == "killed (velmar)")
        .expect("province group");
    assert_eq!(prov.2, ["800", "950"]);
    let inj = s.iter().find(|g| g.0 == "injured").expect("injured group");
    assert_eq!(inj.1, Status::Trend);
}

#[test]
fn unrelated_stories_never_share_a_group() {
    let a =
        "An earthquake in Zarbania's Hindu Kush killed 1,200 people, the Zarbanian Interior Ministry said.";
    let b =
        "An earthquake near Porto Velho in Brazuland killed 1,200 people, the Brazuland civil defence said.";
    let c = run(&[("a", Some("2015-04-26"), a), ("b", Some("2021-08-15"), b)]);
    assert!(shared(&c).is_empty(), "{:?}", shared(&c));
    assert_eq!(c.stories.len(), 2);
    // undated documents are told apart by their names
    let c = run(&[("a", None, a), ("b", None, b)]);
    assert!(shared(&c).is_empty(), "{:?}", shared(&c));
}

#[test]
fn different_companies_and_quarters_stay_apart() {
    let a = "Quorvex reported revenue of $21.3 billion in the first quarter of 2024, Quorvex chief Dana Holt said. \
             Quorvex shares rose 12% in Austin.";
    let b = "Quorvex reported revenue of $6.04 billion in the second quarter of 2020, Quorvex chief Dana Holt said. \
             Quorvex shares rose 7% in Austin.";
    let c = run(&[("a", None, a), ("b", None, b)]);
    let s = shared(&c);
    assert!(s.iter().all(|g| !g.0.starts_with("revenue")), "{s:?}");
}

#[test]
fn same_figures_agree_and_bounds_are_respected() {
    let a = "Officials in Lahaina said at least 96 people were killed in the Maui wildfire on Tuesday.";
    let b = "The Maui wildfire in Lahaina killed 99 people, officials said on Tuesday.";
    let c = run(&[("a", Some("2023-08-15"), a), ("b", Some("2023-08-15"), b)]);
    let s = shared(&c);
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].1, Status::Agree);
}

#[test]
fn a_fixed_measure_that_differs_disagrees() {
    let a = "The Zarbania earthquake near Velmar had a magnitude of 6.8, Zarbanian seismologists said.";
    let b = "The Zarbania earthquake near Velmar had a magnitude of 7.0, Zarbanian seismologists said.";
    let c = run(&[("a", Some("2023-09-09"), a), ("b", Some("2023-09-10"), b)]);
    let s = shared(&c);
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].1, Status::Disagree);
    assert!(c.groups[0].conflict.is_some());
}

#[test]
fn a_falling_toll_is_a_correction_not_a_trend() {
    let a = "Officials in Velmar said the Zarbania train crash near Velmar killed 288 people.";
    let b = "Officials in Velmar revised the Zarbania train crash toll near Velmar to 275 people killed.";
    let c = run(&[("a", Some("2023-06-03"), a), ("b", Some("2023-06-04"), b)]);
    let s = shared(&c);
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].1, Status::Disagree);
}

#[test]
fn periods_split_periodic_measures() {
    let a = "The Canadian unemployment rate rose to 14.7% in April from 4.4% in March, the Ottawa statistics office said.";
    let b =
        "Canadian unemployment hit 14.7% in April, up from 4.4% in March, the Ottawa statistics office said.";
    let c = run(&[("a", Some("2020-05-08"), a), ("b", Some("2020-05-08"), b)]);
    let s = shared(&c);
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s.iter().all(|g| g.1 == Status::Agree), "{s:?}");
    assert!(s.iter().any(|g| g.0.contains("[2020-04]")));
    assert!(s.iter().any(|g| g.0.contains("[2020-03]")));
}

#[test]
fn merge_equals_one_pass() {
    let p = Pipeline::default();
    let docs = [("a", QUAKE_A), ("b", QUAKE_B), ("c", QUAKE_C)];
    let mut one = Comparator::new(CompareOptions::default());
    for (id, t) in docs {
        one.add(DocMeta::new(id), t, &p.process(t));
    }
    let mut x = Comparator::new(CompareOptions::default());
    let mut y = Comparator::new(CompareOptions::default());
    x.add(DocMeta::new("a"), QUAKE_A, &p.process(QUAKE_A));
    y.add(DocMeta::new("b"), QUAKE_B, &p.process(QUAKE_B));
    y.add(DocMeta::new("c"), QUAKE_C, &p.process(QUAKE_C));
    x.merge(y);
    assert_eq!(one.finish(), x.finish());
}

#[test]
fn user_stories_block() {
    let p = Pipeline::default();
    let mut c = Comparator::new(CompareOptions::default());
    c.add(DocMeta::new("a").story("s1"), QUAKE_A, &p.process(QUAKE_A));
    c.add(DocMeta::new("b").story("s2"), QUAKE_B, &p.process(QUAKE_B));
    let out = c.finish();
    assert!(out.groups.iter().all(|g| g.docs < 2));
}

#[test]
fn bad_dates_are_config_errors() {
    assert!(DocMeta::new("a").date("9 Sept").is_err());
    assert!(DocMeta::new("a").date("2023-09-09T10:00:00Z").is_ok());
}

#[test]
fn an_identical_figure_joins_the_group_of_the_outlet_that_names_its_measure() {
    // a headline's bare figure and a body's figure with its measure, in two outlets
    let a = "Zarbania payrolls: 20.5 million. The Velmar agency said on Friday that Zarbania \
             lost 20.5 million jobs in April.";
    let b = "Zarbania shed 20.5 million jobs in April, the Velmar agency said.";
    let c = run(&[("a", Some("2020-05-08"), a), ("b", Some("2020-05-08"), b)]);
    let s = shared(&c);
    let jobs = s.iter().find(|g| g.0.starts_with("jobs")).expect("jobs group");
    assert_eq!(jobs.2.iter().filter(|t| t.contains("20.5")).count(), 3, "{s:?}");
    // a round figure (one significant digit) is no twin: it stays alone without a measure
    let a = "Some 20 people attended the Velmar meeting.";
    let b = "The Velmar floods killed 20 people.";
    let c = run(&[("a", None, a), ("b", None, b)]);
    assert!(shared(&c).is_empty(), "{:?}", shared(&c));
}

#[test]
fn twins_never_join_two_places_or_a_background_figure() {
    let a = "The Zarbania floods killed 133 people in Velmar province, the Zarbanian Interior Ministry said.";
    let b =
        "The Zarbania floods killed 133 people in Ostrava province, the Zarbanian Interior Ministry said.";
    let c = run(&[("a", Some("2021-07-20"), a), ("b", Some("2021-07-20"), b)]);
    assert!(shared(&c).is_empty(), "{:?}", shared(&c));
    // another event's toll, framed by its year, stays apart from the current toll
    let a = "The Zarbania floods in Velmar have killed 189 people. In 2013 the Velmar floods killed \
             189 people as well, officials said.";
    let b = "Floods in Zarbania's Velmar region have killed 189 people, officials in Velmar said.";
    let c = run(&[("a", Some("2021-07-20"), a), ("b", Some("2021-07-20"), b)]);
    let s = shared(&c);
    let killed: Vec<_> = s.iter().filter(|g| g.0.starts_with("killed")).collect();
    assert_eq!(killed.len(), 1, "{s:?}");
    assert_eq!(killed[0].2.len(), 2, "the 2013 toll joined: {s:?}");
}

#[test]
fn increments_of_unstated_days_stay_alone() {
    let a = "Zarbania reported 2,147 new cases of the Velmar virus.";
    let b = "Zarbania reported 2,618 new cases of the Velmar virus on Sunday.";
    let c = run(&[("a", Some("2020-02-10"), a), ("b", Some("2020-02-10"), b)]);
    assert!(shared(&c).is_empty(), "{:?}", shared(&c));
}

#[test]
fn written_decimals_carry_their_rounding() {
    let a = "Turnout in the Zarbania referendum in Velmar was 64.1 per cent.";
    let b = "Turnout in the Zarbania referendum in Velmar was 64.13 per cent, officials in Velmar said.";
    let c = run(&[("a", Some("2018-05-27"), a), ("b", Some("2018-05-27"), b)]);
    let s = shared(&c);
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].1, Status::Agree);
}

#[test]
fn the_same_fact_in_three_languages_is_one_group_and_each_figure_keeps_its_language() {
    let texts = [
        (
            "en",
            "The earthquake in Zarbania killed at least 1,700 people, the Zarbanian Interior \
             Ministry said. Another 2,345 people were injured.",
        ),
        (
            "de",
            "Bei dem Erdbeben in Zarbanien sind nach Angaben des zarbanischen Innenministeriums \
             mindestens 1.700 Menschen getötet worden. 2.345 Menschen wurden verletzt.",
        ),
        (
            "fr",
            "Le séisme au Zarbania a fait au moins 1 700 morts et 2 345 blessés, selon le \
             ministère zarbanien de l'Intérieur.",
        ),
    ];
    let mut c = Comparator::new(CompareOptions::default());
    // one pipeline detecting each document's language, as for a corpus
    let p = crate::Pipeline::new(crate::PipelineConfig::for_lang("auto").unwrap(), None);
    for (id, text) in texts {
        c.add(DocMeta::new(id), text, &p.process(text));
    }
    let c = c.finish();
    let s = shared(&c);
    let killed = s
        .iter()
        .find(|g| g.0 == "killed")
        .expect("one toll across languages");
    assert_eq!(killed.2.len(), 3, "{s:?}");
    assert_eq!(killed.1, Status::Agree);
    let injured = s.iter().find(|g| g.0 == "injured").expect("one injured count");
    assert_eq!(injured.2.len(), 3, "{s:?}");
    let langs: Vec<_> = c
        .docs
        .iter()
        .map(|d| d.lang.clone().unwrap_or_default())
        .collect();
    assert_eq!(langs, ["en", "de", "fr"]);
}

#[test]
fn undated_earlier_reports_fit_a_dated_rising_toll() {
    let early = "Rescuers in Velmar said the Zarbania building collapse has killed 11 people, officials in Velmar said.";
    let a = "Officials in Velmar said the Zarbania building collapse has killed 36 people.";
    let b = "The Zarbania building collapse in Velmar has killed 79 people, officials in Velmar said.";
    let c = run(&[
        ("u", None, early),
        ("a", Some("2021-07-06"), a),
        ("b", Some("2021-07-09"), b),
    ]);
    let s = shared(&c);
    let killed = s.iter().find(|g| g.0.starts_with("killed")).expect("toll group");
    assert_eq!(killed.1, Status::Trend, "{s:?}");
    // an undated figure above the latest dated one is no earlier report: a conflict
    let late = "Rescuers in Velmar said the Zarbania building collapse has killed 120 people, officials in Velmar said.";
    let c = run(&[
        ("u", None, late),
        ("a", Some("2021-07-06"), a),
        ("b", Some("2021-07-09"), b),
    ]);
    let s = shared(&c);
    let killed = s.iter().find(|g| g.0.starts_with("killed")).expect("toll group");
    assert_eq!(killed.1, Status::Disagree, "{s:?}");
}

#[test]
fn a_movement_is_two_figures_the_start_and_the_level_reached() {
    let a = "Zarbania's government in Velmar raised the statutory pension age from 61 to 63.";
    let b = "Unions in Velmar, Zarbania, marched against a reform to lift the pension age from 61 to 63.";
    let c = "The Velmar reform raises Zarbania's pension age to 63.";
    let t = [a, b, c];
    let cmp = run(&[("a", None, a), ("b", None, b), ("c", None, c)]);
    let s = shared(&cmp);
    let start = s
        .iter()
        .find(|g| g.0.contains("{previous}"))
        .expect("start group");
    assert_eq!(start.2, ["from 61", "from 61"], "{s:?}");
    let reached = s
        .iter()
        .find(|g| g.0.starts_with("age") && !g.0.contains('{'))
        .expect("level group");
    assert!(
        reached.2.contains(&"to 63".to_string()) && reached.2.contains(&"63".to_string()),
        "{s:?}"
    );
    assert!(!reached.2.iter().any(|t| t.contains("61")), "{s:?}");
    // every part's text is a slice of its claim's span, at its start or its end
    for e in &cmp.entries {
        let doc = Pipeline::default().process(t[e.doc]);
        let span = doc.claims[e.claim].span.slice(t[e.doc]);
        match e.part {
            Some(Part::From) => assert!(span.starts_with(&e.text), "{span} / {}", e.text),
            Some(Part::To) => assert!(span.ends_with(&e.text), "{span} / {}", e.text),
            None => assert_eq!(span, e.text),
        }
    }
    // a running toll's start is an earlier figure of the same group, never a conflict
    let d = "The toll in the Zarbania quake rose from 350 to 413 on Monday.";
    let e = "At least 413 people were killed in the Zarbania quake, officials said.";
    let cmp = run(&[("d", Some("2023-09-10"), d), ("e", Some("2023-09-10"), e)]);
    let s = shared(&cmp);
    let killed = s.iter().find(|g| g.0.starts_with("killed")).expect("toll group");
    assert_eq!(killed.1, Status::Agree, "{s:?}");
    assert!(killed.2.contains(&"from 350".to_string()), "{s:?}");
}

#[test]
fn an_open_ended_figure_bridges_no_two_readings() {
    // one outlet gives the union's count and the ministry's: two readings of the crowd; "more
    // than a million" fits both and joins neither
    let a = "In Velmar 2.1 million people marched, the union said, while the ministry counted 1.15 million protesters.";
    let b = "More than a million protesters marched across Velmar, officials said.";
    let c = "The ministry said 1.15 million protesters marched in Velmar.";
    let cmp = run(&[("a", None, a), ("b", None, b), ("c", None, c)]);
    for g in cmp.groups.iter().filter(|g| g.docs >= 2) {
        let texts: Vec<&str> = g.members.iter().map(|&i| cmp.entries[i].text.as_str()).collect();
        assert!(
            !(texts.contains(&"2.1 million") && texts.contains(&"1.15 million")),
            "{texts:?}"
        );
    }
}

#[test]
fn a_figure_stated_twice_in_one_document_keeps_its_place() {
    // the second mention names no place; it is the state's toll stated again, not the nation's
    let a = "Floods hit Zarbania on Thursday. The toll in the state of Velmar stood at 47. \
             Forty-seven people died, including four rescuers, officials said.";
    let b = "At least 133 people died in the Zarbania floods, officials in Zarbania said on Friday.";
    let c = "The Zarbania floods have killed 141 people, officials in Zarbania said.";
    let cmp = run(&[
        ("a", Some("2021-07-16"), a),
        ("b", Some("2021-07-17"), b),
        ("c", Some("2021-07-17"), c),
    ]);
    let s = shared(&cmp);
    let national = s.iter().find(|g| g.0 == "killed").expect("national toll");
    assert!(
        !national.2.iter().any(|t| t == "Forty-seven" || t == "47"),
        "{s:?}"
    );
}

#[test]
fn incidental_names_do_not_chain_unrelated_stories() {
    // two companies' results, each told twice; the four texts share London, Europe and Frankfurt
    // in passing, which makes no story
    let a = "Shares in Velcorp rose after Velcorp said profit rose to $2.1bn. Traders in London said \
             Velcorp also gained in Europe and Frankfurt.";
    let b = "Profit at Velcorp reached $2.3bn, and Velcorp traded higher in London, Europe and Frankfurt.";
    let c = "Shares in Zentralia fell after Zentralia said profit fell to $2.2bn. Traders in London said \
             Zentralia also lost ground in Europe and Frankfurt.";
    let d = "Profit at Zentralia was $2.0bn, and Zentralia traded lower in London, Europe and Frankfurt.";
    let cmp = run(&[("a", None, a), ("b", None, b), ("c", None, c), ("d", None, d)]);
    let story = |i: usize| cmp.stories.iter().position(|s| s.docs.contains(&i)).unwrap();
    assert_eq!(story(0), story(1));
    assert_eq!(story(2), story(3));
    assert_ne!(story(0), story(2), "{:?}", cmp.stories);
    for g in cmp.groups.iter().filter(|g| g.docs >= 2) {
        let docs: Vec<usize> = g.members.iter().map(|&i| cmp.entries[i].doc).collect();
        assert!(!(docs.contains(&0) && docs.contains(&2)), "{}", g.label);
    }
}

#[test]
fn a_companys_worldwide_figure_is_the_companys() {
    // the story is about Streamly (no place): its worldwide forecast is its forecast, even beside
    // a figure for one country
    let a = "Shares in Streamly fell after Streamly forecast a global paid subscriber loss of 1.5 million \
             in the second quarter of 2022. Subscribers to Streamly in Zarbania fell by 300,000.";
    let b = "Investors in Streamly were told that Streamly expects to lose 1.5 million subscribers in the \
             second quarter of 2022.";
    let cmp = run(&[("a", Some("2022-04-20"), a), ("b", Some("2022-04-20"), b)]);
    let s = shared(&cmp);
    assert!(
        s.iter()
            .any(|g| g.2.contains(&"1.5 million".to_string()) && g.2.len() == 2),
        "{s:?}"
    );
}
