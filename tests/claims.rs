//! Table-driven tests of claim extraction over many phrasings (public API only).
//!
//! `t!(name, text, [claims…])` lists every claim of `text` as
//! `"span|value|unit|bound"` (with `..max` after the value for ranges and `|+`/`|-` for a
//! change); `[]` asserts there is none. `k!(name, text, span => kind)` checks the kind of one
//! number mention.

use claimsift::claims::{extract, Claim, ExtractOptions, Extraction};

fn run(text: &str) -> Extraction {
    extract(text, &ExtractOptions::default())
}

fn show(text: &str, c: &Claim) -> String {
    let mut s = format!("{}|{}", c.span.slice(text), c.value);
    if let Some(m) = c.value_max {
        s += &format!("..{m}");
    }
    s += &format!("|{}|{}", c.unit, c.bound.as_str());
    if let Some(ch) = c.change {
        s += if ch.as_str() == "increase" { "|+" } else { "|-" };
    }
    s
}

fn claims(text: &str) -> Vec<String> {
    run(text).claims.iter().map(|c| show(text, c)).collect()
}

macro_rules! t {
    ($name:ident, $text:expr, [$($c:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            let want: Vec<&str> = vec![$($c),*];
            assert_eq!(claims($text), want, "in {:?}", $text);
        }
    };
}

macro_rules! k {
    ($name:ident, $text:expr, $span:expr => $kind:expr) => {
        #[test]
        fn $name() {
            let text = $text;
            let ex = run(text);
            let m = ex.numbers.iter().find(|m| m.span.slice(text) == $span);
            assert!(
                m.is_some(),
                "no mention {:?} in {:?}: {:?}",
                $span,
                text,
                ex.numbers
                    .iter()
                    .map(|m| (m.span.slice(text), m.kind.as_str()))
                    .collect::<Vec<_>>()
            );
            let m = m.unwrap();
            assert_eq!(
                m.kind.as_str(),
                $kind,
                "{:?} in {:?}: {:?}",
                $span,
                text,
                m.reason
            );
            assert!(ex.claims.iter().all(|c| !c.span.overlaps(&m.span)) || $kind == "quantity");
        }
    };
}

// ------------------------------------------------------------------ finance

t!(
    fin_bn,
    "Revenue was $1.13bn last year.",
    ["$1.13bn|1130000000|USD|="]
);
t!(
    fin_pound_m,
    "The club paid £600m for the site.",
    ["£600m|600000000|GBP|="]
);
t!(
    fin_euro_billion,
    "a €3.2 billion package",
    ["€3.2 billion|3200000000|EUR|="]
);
t!(fin_us_dollar, "It costs US$5 a day.", ["US$5|5|USD|="]);
t!(fin_nis, "a fine of NIS 200", ["NIS 200|200|ILS|="]);
t!(fin_shekel_sign, "a fine of ₪200", ["₪200|200|ILS|="]);
t!(fin_dollars_word, "He paid 10 dollars.", ["10 dollars|10|USD|="]);
t!(
    fin_shekels_word,
    "She paid 500 shekels.",
    ["500 shekels|500|ILS|="]
);
t!(
    fin_scale_only,
    "The fund raised 1.5bn from investors.",
    ["1.5bn|1500000000|count|="]
);
t!(fin_k, "Salaries start at 10k.", ["10k|10000|count|="]);
t!(
    fin_tenth_million,
    "0.1 million households",
    ["0.1 million|100000|count|="]
);
t!(
    fin_two_point_five_million,
    "2.5 million voters",
    ["2.5 million|2500000|count|="]
);
t!(
    fin_around,
    "earned around $10 million in fees",
    ["around $10 million|10000000|USD|~"]
);
t!(
    fin_yen,
    "¥500 billion in bonds",
    ["¥500 billion|500000000000|JPY|="]
);
t!(fin_euros_word, "it cost 20 euros", ["20 euros|20|EUR|="]);
t!(fin_usd_code_after, "priced at 5 USD", ["5 USD|5|USD|="]);
t!(
    fin_millions_of_dollars,
    "It lost millions of dollars.",
    ["millions of dollars|1000000|USD|>="]
);
t!(
    fin_range,
    "a $10-15 million deal",
    ["$10-15 million|10000000..15000000|USD|="]
);
t!(
    fin_profit_fell,
    "Profit fell 2.5% in the quarter.",
    ["2.5%|2.5|percent|=|-"]
);
t!(
    fin_rose_by,
    "Sales rose by 12 percent.",
    ["12 percent|12|percent|=|+"]
);
t!(fin_up, "Shares were up 3% on Monday.", ["3%|3|percent|=|+"]);
t!(
    fin_increase_noun,
    "a 60% increase in usage",
    ["60%|60|percent|=|+"]
);
t!(fin_cents, "The stock gained 5 cents.", ["5 cents|0.05|USD|="]);

// ------------------------------------------------------------------ percent

t!(pct_sign, "60% of respondents", ["60%|60|percent|="]);
t!(pct_word, "60 percent of respondents", ["60 percent|60|percent|="]);
t!(
    pct_per_cent,
    "60 per cent of respondents",
    ["60 per cent|60|percent|="]
);
t!(
    pct_points,
    "up 2 percentage points",
    ["2 percentage points|2|percentage point|=|+"]
);
t!(
    pct_increased_by,
    "usage increased by 60% in six months",
    ["60%|60|percent|=|+", "six months|6|month|="]
);
t!(
    pct_range,
    "between 10 and 15 percent of voters",
    ["10 and 15 percent|10..15|percent|="]
);
t!(pct_dash_range, "10-15% of voters", ["10-15%|10..15|percent|="]);
t!(
    pct_poll,
    "Labour is on 41%, the Conservatives on 24%.",
    ["41%|41|percent|=", "24%|24|percent|="]
);

// ------------------------------------------------------------------ multipliers

t!(
    fold_hyphen,
    "surged more than 200-fold",
    ["more than 200-fold|200|fold|>|+"]
);
t!(fold_word, "a twofold rise", ["twofold|2|fold|=|+"]);
t!(fold_tripled, "The price tripled.", ["tripled|3|fold|=|+"]);
t!(
    fold_doubled,
    "Usage has more than doubled since May.",
    ["more than doubled|2|fold|>|+"]
);
t!(fold_halved, "Output halved.", ["halved|0.5|fold|=|-"]);
t!(fold_times, "three times more likely", ["three times|3|fold|="]);
t!(fold_word_hyphen, "a two-fold increase", ["two-fold|2|fold|=|+"]);

// ------------------------------------------------------------------ ranges and words

t!(range_to, "10 to 15 people", ["10 to 15|10..15|count|="]);
t!(
    range_between,
    "between 10 and 15 people",
    ["10 and 15|10..15|count|="]
);
t!(range_dash, "10-15 people", ["10-15|10..15|count|="]);
t!(
    range_to_million,
    "10 to 15 million people",
    ["10 to 15 million|10000000..15000000|count|="]
);
t!(word_two, "two people", ["two|2|count|="]);
t!(word_forty_five, "forty-five soldiers", ["forty-five|45|count|="]);
t!(word_dozen, "a dozen eggs", ["a dozen|12|count|="]);
t!(
    word_two_million,
    "two million refugees",
    ["two million|2000000|count|="]
);
t!(
    word_hundred_and,
    "two hundred and fifty houses",
    ["two hundred and fifty|250|count|="]
);
t!(word_half, "half of the population", ["half|0.5|fraction|="]);
t!(
    word_a_third,
    "a third of the budget",
    ["a third|0.3333333333333333|fraction|="]
);
t!(
    word_half_million,
    "half a million people",
    ["half a million|500000|count|="]
);
t!(
    vague_hundreds_thousands,
    "hundreds of thousands of people fled",
    ["hundreds of thousands|100000|count|>="]
);
t!(
    vague_tens_thousands,
    "tens of thousands of protesters",
    ["tens of thousands|10000|count|>="]
);
t!(vague_dozens, "dozens of people", ["dozens|12|count|>="]);
t!(
    vague_thousands_hours,
    "thousands of hours of support",
    ["thousands of hours|1000|hour|>="]
);
t!(
    vague_several_thousand,
    "several thousand troops",
    ["several thousand|3000|count|>="]
);
t!(
    cut_by_half,
    "The budget was cut by half.",
    ["half|0.5|fraction|=|-"]
);

// ------------------------------------------------------------------ case, Unicode

t!(
    title_case,
    "At Least 65,502 Palestinians Killed in Gaza Since 2023",
    ["At Least 65,502|65502|count|>="]
);
t!(upper_case, "AT LEAST 200 DEAD", ["AT LEAST 200|200|count|>="]);
t!(
    unicode_minus,
    "Temperatures of −3 degrees",
    ["−3 degrees|-3|degree|="]
);
t!(nbsp_groups, "1\u{a0}700 people", ["1\u{a0}700|1700|count|="]);

// ------------------------------------------------------------------ units

t!(
    unit_hours,
    "19,000 hours of support",
    ["19,000 hours|19000|hour|="]
);
t!(
    unit_decades,
    "more than two decades",
    ["more than two decades|2|decade|>"]
);
t!(
    unit_century,
    "a century-old church and 3 centuries",
    ["3 centuries|3|century|="]
);
t!(unit_km, "a 5 km walk", ["5 km|5|kilometre|="]);
t!(unit_km_glued, "a 5km walk", ["5km|5|kilometre|="]);
t!(unit_metres, "a 100m sprint", ["100m|100|metre|="]);
t!(unit_miles, "40 miles away", ["40 miles|40|mile|="]);
t!(unit_kg, "20 kg of flour", ["20 kg|20|kilogram|="]);
t!(unit_tonnes, "4,000 tonnes of aid", ["4,000 tonnes|4000|tonne|="]);
t!(unit_litres, "10 litres of water", ["10 litres|10|litre|="]);
t!(
    unit_sq_km,
    "365 square kilometres",
    ["365 square kilometres|365|square kilometre|="]
);
t!(
    unit_hectares,
    "500 hectares of farmland",
    ["500 hectares|500|hectare|="]
);
t!(unit_kwh, "300 kWh per month", ["300 kWh|300|kilowatt hour|="]);
t!(unit_mw, "a 50 MW plant", ["50 MW|50|megawatt|="]);
t!(unit_speed, "at 100 km/h", ["100 km/h|100|kilometre per hour|="]);
t!(unit_mph, "winds of 90 mph", ["90 mph|90|mile per hour|="]);
t!(unit_celsius, "It reached 45°C.", ["45°C|45|degree Celsius|="]);
t!(
    unit_degrees_f,
    "It was 100 degrees Fahrenheit.",
    ["100 degrees Fahrenheit|100|degree Fahrenheit|="]
);
t!(
    unit_tb,
    "as much as 8,000 terabytes",
    ["as much as 8,000 terabytes|8000|terabyte|<="]
);
t!(unit_gb_glued, "a 5GB file", ["5GB|5|gigabyte|="]);
t!(
    unit_mbps,
    "speeds of 100 Mbps",
    ["100 Mbps|100|megabit per second|="]
);
t!(unit_seconds, "in 30 seconds", ["30 seconds|30|second|="]);
t!(unit_weeks, "for three weeks", ["three weeks|3|week|="]);
t!(unit_years_old, "a 30-year-old man", ["30-year-old|30|year|="]);

// ------------------------------------------------------------------ qualifiers

t!(q_over, "over 1,700 deaths", ["over 1,700|1700|count|>"]);
t!(q_more_than, "more than 500 people", ["more than 500|500|count|>"]);
t!(
    q_at_least,
    "at least 61,827 people",
    ["at least 61,827|61827|count|>="]
);
t!(
    q_nearly,
    "nearly two million people",
    ["nearly two million|2000000|count|~"]
);
t!(q_around, "around 300 homes", ["around 300|300|count|~"]);
t!(q_about, "about 300 homes", ["about 300|300|count|~"]);
t!(q_roughly, "roughly 300 homes", ["roughly 300|300|count|~"]);
t!(
    q_approximately,
    "approximately 300 homes",
    ["approximately 300|300|count|~"]
);
t!(q_almost, "almost 300 homes", ["almost 300|300|count|~"]);
t!(
    q_estimated,
    "an estimated 300 homes",
    ["an estimated 300|300|count|~"]
);
t!(
    q_as_many_as,
    "as many as 37,000 Palestinians",
    ["as many as 37,000|37000|count|<="]
);
t!(q_up_to, "up to 40 people", ["up to 40|40|count|<="]);
t!(q_at_most, "at most 40 people", ["at most 40|40|count|<="]);
t!(q_fewer_than, "fewer than 40 people", ["fewer than 40|40|count|<"]);
t!(
    q_less_than,
    "less than 5% of the budget",
    ["less than 5%|5|percent|<"]
);
t!(q_just, "just one unit", ["just one|1|count|="]);
t!(q_only, "only 12 trucks", ["only 12|12|count|="]);
t!(
    q_over_a_dozen,
    "one of over a dozen employees",
    ["over a dozen|12|count|>"]
);
t!(q_or_more, "500 or more people", ["500|500|count|>="]);
t!(q_plus, "500+ people", ["500+|500|count|>="]);
t!(q_some, "some 300 families", ["some 300|300|count|~"]);

// ------------------------------------------------------------------ coordination, elision

t!(
    coord,
    "over 1,700 Israeli and 47,000 Palestinian deaths",
    ["over 1,700|1700|count|>", "47,000|47000|count|="]
);
t!(
    elided,
    "killed at least 61,827 people and wounded 155,275",
    ["at least 61,827|61827|count|>=", "155,275|155275|count|="]
);

// ------------------------------------------------------------------ domains

t!(
    sport,
    "He scored 30 points in 36 minutes.",
    ["30|30|count|=", "36 minutes|36|minute|="]
);
t!(
    health,
    "The virus infected 1.2 million people and killed 4,000.",
    ["1.2 million|1200000|count|=", "4,000|4000|count|="]
);
t!(
    war,
    "Some 1,200 people were killed and 250 taken hostage.",
    ["Some 1,200|1200|count|~", "250|250|count|="]
);
t!(
    science,
    "The telescope is 6.5 metres wide.",
    ["6.5 metres|6.5|metre|="]
);
t!(
    poll,
    "A poll of 1,000 adults found 52% support.",
    ["1,000|1000|count|=", "52%|52|percent|="]
);

// ------------------------------------------------------------------ negatives: no claim

t!(neg_year_in, "In 2021, the company grew.", []);
t!(neg_year_since, "Fighting has continued since 2023.", []);
t!(neg_est, "EST 1917", []);
t!(neg_nakba, "the 1948 Nakba", []);
t!(neg_decade, "in the 1990s", []);
t!(neg_date_full, "on October 7, 2023", []);
t!(neg_date_month_year, "in June 2024", []);
t!(neg_date_day_month, "on 7 October", []);
t!(neg_date_iso, "on 2024-06-01", []);
t!(neg_time_colon, "at 10:30", []);
t!(neg_time_pm, "at 3 p.m.", []);
t!(neg_unit_8200, "Unit 8200 and unit 8200", []);
t!(neg_gpt4, "GPT-4 is a model", []);
t!(neg_plus972, "+972 Magazine reported", []);
t!(neg_f35, "an F-35 jet", []);
t!(neg_covid, "COVID-19 spread", []);
t!(neg_911, "after 9/11", []);
t!(neg_sp500, "the S&P 500 fell", []);
t!(neg_iphone, "the new iPhone 11", []);
t!(neg_windows, "running Windows 10", []);
t!(neg_boeing, "a Boeing 737 crashed", []);
t!(neg_section, "under Section 230", []);
t!(neg_article, "NATO's Article 5 applies", []);
t!(neg_route, "along Route 66", []);
t!(neg_flight, "Flight MH17 was downed", []);
t!(neg_resolution, "UN Resolution 2334", []);
t!(neg_ordinal_word, "the first and second rounds", []);
t!(neg_ordinal_digits, "the 4th and 21st", []);
t!(neg_phone, "call 555-0143 now", []);
t!(neg_url, "see https://example.com/2024/4/5/story", []);
t!(neg_email, "write to john2024@example.com", []);
t!(neg_score, "Arsenal won 3-1 at home", []);
t!(neg_version, "update to v2.0 now", []);
t!(neg_python, "written in Python 3.11", []);
t!(neg_page, "see page 12 and chapter 3", []);
t!(neg_partitive, "one of its data centres", []);
t!(neg_year_range, "from 2010 to 2020", []);

// ------------------------------------------------------------------ kinds

k!(kind_year, "in 2021", "2021" => "year");
k!(kind_date, "October 7, 2023 was a Saturday", "October 7, 2023" => "date");
k!(kind_date_no_year, "Before the October 7 Attack", "October 7" => "date");
k!(kind_unit, "Unit 8200 said", "Unit 8200" => "identifier");
k!(kind_gpt, "GPT-4", "GPT-4" => "identifier");
k!(kind_plus972, "+972 Magazine", "+972" => "identifier");
k!(kind_est, "EST 1917", "1917" => "year");
k!(kind_ordinal, "the first six months", "first" => "ordinal");
k!(kind_ordinal_digits, "the 4th day", "4th" => "ordinal");
k!(kind_time, "at 10:30", "10:30" => "time");
k!(kind_url, "https://www.democracynow.org/2024/4/5/israel_ai", "https://www.democracynow.org/2024/4/5/israel_ai" => "other");
k!(kind_partitive, "one of the centres", "one" => "other");
k!(kind_malformed, "1,2,3,4", "1,2,3,4" => "other");
k!(kind_decade, "the 1990s", "1990s" => "year");
k!(kind_quantity, "28 employees", "28" => "quantity");

// ------------------------------------------------------------------ context

fn first(text: &str) -> Claim {
    run(text).claims.into_iter().next().expect("a claim")
}

fn sl(text: &str, s: Option<claimsift::Span>) -> Option<&str> {
    s.map(|s| s.slice(text))
}

#[test]
fn counted_and_modifier_across_coordination() {
    let text = "Officials say over 1,700 Israeli and 47,000 Palestinian deaths were recorded.";
    let ex = run(text);
    assert_eq!(ex.claims.len(), 2);
    for (c, m) in ex.claims.iter().zip(["Israeli", "Palestinian"]) {
        assert_eq!(sl(text, c.counted), Some("deaths"));
        assert_eq!(sl(text, c.counted_modifier), Some(m));
    }
    assert_eq!(ex.claims[0].bound.as_str(), ">");
    assert_eq!(ex.claims[1].bound.as_str(), "=");
}

#[test]
fn counted_people_killed_and_elided_verb() {
    let text = "The strikes killed at least 61,827 people and wounded 155,275.";
    let ex = run(text);
    assert_eq!(sl(text, ex.claims[0].counted), Some("people"));
    assert_eq!(sl(text, ex.claims[1].counted), Some("wounded"));
    let text = "Health officials said 500 people killed in the strikes.";
    assert_eq!(sl(text, first(text).counted), Some("people killed"));
}

#[test]
fn counted_news_measures() {
    for (text, want) in [
        ("Israel says 1,200 were killed, and 250 hostages taken.", "killed"),
        ("Nearly two million people displaced in Gaza.", "people displaced"),
        ("Police arrested 28 protesters.", "protesters"),
        ("Google fired 28 employees.", "employees"),
        ("Microsoft earned $10 million in fees.", "fees"),
        ("It bought 19,000 hours of support.", "support"),
        ("They worked 12 hours.", "hours"),
        ("Revenue grew 8% in the quarter.", "Revenue"),
    ] {
        assert_eq!(sl(text, first(text).counted), Some(want), "{text}");
    }
}

#[test]
fn attribution_forms() {
    for (text, want) in [
        (
            "The toll rose to 47,000, according to officials from both sides.",
            "officials from both sides",
        ),
        ("The report claimed 19,000 hours were sold.", "The report"),
        (
            "The Health Ministry said 500 people were killed.",
            "The Health Ministry",
        ),
        ("500 people were killed, the ministry said.", "the ministry"),
        ("500 people were killed, said Smith.", "Smith"),
        (
            "Citing leaked documents, it said millions of calls were stored.",
            "leaked documents",
        ),
        (
            "At Least 65,502 Palestinians Killed in Gaza Since 2023, Health Ministry Reports",
            "Health Ministry",
        ),
    ] {
        assert_eq!(sl(text, first(text).attribution), Some(want), "{text}");
    }
    let text = "The company employs 200 people.";
    assert_eq!(first(text).attribution, None);
}

#[test]
fn time_forms() {
    for (text, want) in [
        (
            "At Least 65,502 Palestinians Killed in Gaza Since 2023",
            "Since 2023",
        ),
        (
            "Between October 2023 and June 2024, Israel bought 19,000 hours.",
            "Between October 2023 and June 2024",
        ),
        ("In April 2024, Google fired 28 employees.", "In April 2024"),
        ("Sales rose 5% last year.", "last year"),
    ] {
        assert_eq!(sl(text, first(text).time), Some(want), "{text}");
    }
}

#[test]
fn dollar_note_and_option() {
    let c = first("It cost $5.");
    assert_eq!(c.unit, "USD");
    assert!(c.notes.iter().any(|n| n.contains("$")));
    let mut o = ExtractOptions::default();
    o.dollar = "CAD".to_string();
    let ex = extract("It cost $5.", &o);
    assert_eq!(ex.claims[0].unit, "CAD");
    assert!(first("It cost €5.").notes.is_empty());
}

#[test]
fn normalisation() {
    let c = first("as much as 8,000 terabytes");
    let n = c.normalised.unwrap();
    assert_eq!((n.value, n.unit.as_str()), (8e15, "byte"));
    // A decade is ten Julian years of 365.25 days.
    let n = first("more than two decades").normalised.unwrap();
    assert_eq!((n.value, n.unit.as_str()), (20.0 * 31_557_600.0, "second"));
    let n = first("a 40 Gb link").normalised.unwrap();
    assert_eq!((n.value, n.unit.as_str()), (5e9, "byte"));
    let n = first("19,000 hours").normalised.unwrap();
    assert_eq!((n.value, n.unit.as_str()), (19_000.0 * 3600.0, "second"));
    let n = first("60%").normalised.unwrap();
    assert_eq!((n.value, n.unit.as_str()), (60.0, "percent"));
    let n = first("It cost 45p.").normalised.unwrap();
    assert_eq!((n.value, n.unit.as_str()), (0.45, "GBP"));
    assert!(first("47,000 deaths").normalised.is_none());
    assert_eq!(first("47,000 deaths").unit_class, "count");
}

#[test]
fn every_number_has_a_reason() {
    let text =
        "In 2021, Unit 8200 used GPT-4 for 60% of 1,000 tasks on October 7 at 10:30; see www.x.com/2024.";
    let ex = run(text);
    assert!(ex.numbers.len() >= 7, "{:?}", ex.numbers);
    assert!(ex
        .numbers
        .iter()
        .all(|m| m.reason.as_deref().is_some_and(|r| !r.is_empty())));
    assert!(ex.numbers.windows(2).all(|w| w[0].span.end <= w[1].span.start));
}

#[test]
fn huge_and_malformed_never_panic() {
    let long = "9".repeat(10_000);
    let text = format!("{long} people and 1,2,3,4 and $ {long} million and 99999999999999999999999%");
    let ex = run(&text);
    for c in &ex.claims {
        assert!(c.value.is_finite());
    }
}

// ------------------------------------------------------------------ regressions from news sentences

t!(
    news_range_units_differ,
    "Shares jumped 12% to $250.",
    ["12%|12|percent|=|+", "$250|250|USD|="]
);
t!(
    news_from_to_change,
    "Prices rose from 10% to 15%.",
    ["from 10% to 15%|15|percent|=|+"]
);
t!(
    news_from_to_range,
    "Temperatures will range from 10 to 15 degrees.",
    ["10 to 15 degrees|10..15|degree|="]
);
t!(news_vote, "The bill passed the Senate 68-32 on Tuesday.", []);
t!(
    news_reduced_by,
    "The drug reduced mortality by 20 per cent.",
    ["20 per cent|20|percent|=|-"]
);
t!(
    news_one_in_five,
    "One in five children is malnourished.",
    ["One in five|0.2|fraction|="]
);
t!(news_date_range, "a poll conducted June 1-20.", []);
t!(news_max9, "The MAX 9 was grounded.", []);

#[test]
fn counted_possessive_and_more() {
    let text = "Around 70 percent of Gaza's buildings have been damaged.";
    assert_eq!(sl(text, first(text).counted), Some("buildings"));
    let text = "Three people died and dozens more were hurt.";
    assert_eq!(sl(text, run(text).claims[1].counted), Some("hurt"));
    let text = "One in five children is malnourished.";
    assert_eq!(sl(text, first(text).counted), Some("children"));
}
t!(
    news_minus,
    "Temperatures dropped to minus 20.",
    ["minus 20|-20|count|="]
);
t!(
    news_crore,
    "India approved Rs 500 crore for the project.",
    ["Rs 500 crore|5000000000|INR|="]
);
t!(
    news_feet_inches,
    "He is 5 feet 4 inches tall.",
    ["5 feet 4 inches|5.333333333333333|foot|="]
);
t!(
    news_sq_feet,
    "a 2,000 square feet house",
    ["2,000 square feet|2000|square foot|="]
);
t!(news_mg, "The dose was 25 mg.", ["25 mg|25|milligram|="]);
t!(
    news_oct_abbrev,
    "Hamas took about 250 hostages on Oct. 7.",
    ["about 250|250|count|~"]
);

#[test]
fn counted_gapping_and_copula() {
    let text = "The report cited 12 incidents in 2022 and 15 in 2023.";
    let ex = run(text);
    assert_eq!(sl(text, ex.claims[1].counted), Some("incidents"));
    assert_eq!(sl(text, ex.claims[1].time), Some("in 2023"));
    let text = "Net income was $4.2 billion.";
    assert_eq!(sl(text, first(text).counted), Some("income"));
    let text = "The death toll reached 500.";
    assert_eq!(sl(text, first(text).counted), Some("toll"));
}
t!(news_address, "He lives at 10 Downing Street.", []);
t!(
    news_between_years,
    "Unemployment was higher between 2019 and 2021.",
    []
);
t!(
    news_two_thirds,
    "Two-thirds of Americans agree.",
    ["Two-thirds|0.6666666666666666|fraction|="]
);
t!(
    news_three_quarters,
    "three quarters of Britons",
    ["three quarters|0.75|fraction|="]
);
t!(news_area51, "Area 51 is in Nevada.", []);
t!(neg_phone_us, "Call (202) 555-0143 or +44 20 7946 0958.", []);
t!(neg_score_teams, "Arsenal 3-1 Chelsea", []);
t!(
    news_one_in_ten,
    "Only 1 in 10 trucks got through.",
    ["Only 1 in 10|0.1|fraction|="]
);
k!(kind_phone, "Call (202) 555-0143 now", "(202) 555-0143" => "other");

#[test]
fn acronym_sources_and_adverbs() {
    let text = "Covid-19 killed 6.9 million people worldwide, the WHO says.";
    let c = first(text);
    assert_eq!(sl(text, c.counted), Some("people"));
    assert_eq!(sl(text, c.attribution), Some("the WHO"));
}

#[test]
fn time_months_weekdays_and_attributive_years() {
    let text = "Microsoft fired four employees at the end of August.";
    assert_eq!(sl(text, first(text).time), Some("at the end of August"));
    let text = "Police arrested 12 people on Monday.";
    assert_eq!(sl(text, first(text).time), Some("on Monday"));
    let text = "Nearly two million people were displaced, more than in the 1948 Nakba.";
    assert_eq!(first(text).time, None);
}
t!(
    unit_and_a_half,
    "It took two and a half hours.",
    ["two and a half hours|2.5|hour|="]
);
t!(
    unit_slash_fraction,
    "Add 3/4 cup of sugar and walk 1/2 mile.",
    ["3/4 cup|0.75|cup|=", "1/2 mile|0.5|mile|="]
);
t!(
    slash_fraction_of,
    "He won 3/4 of the vote on 5/6.",
    ["3/4|0.75|fraction|="]
);
t!(
    unit_ghz_gb,
    "The chip runs at 3.2 GHz with 16 GB of RAM.",
    ["3.2 GHz|3.2|gigahertz|=", "16 GB|16|gigabyte|="]
);
t!(unit_fold_x, "a 5x zoom", ["5x|5|fold|="]);
t!(
    unit_fahrenheit_sign,
    "It was 25°F outside.",
    ["25°F|25|degree Fahrenheit|="]
);

#[test]
fn counted_from_comparison_and_adverbs() {
    let text = "Inflation eased to 2.4%, down from 2.9% in May.";
    let ex = run(text);
    assert_eq!(sl(text, ex.claims[1].counted), Some("Inflation"));
    let text = "Israel said it had struck more than 150 targets overnight.";
    assert_eq!(sl(text, first(text).counted), Some("targets"));
    let text = "The chip runs at 3.2 GHz.";
    assert_eq!(first(text).counted, None);
}
t!(neg_page_of, "Read it on Page 2 of 5 of the report.", []);
t!(
    neg_number_word_names,
    "Shares of the Big Three automakers fell sharply after the Group of Seven meeting on trade.",
    []
);
t!(
    title_two_killed,
    "At Least Two Killed",
    ["At Least Two|2|count|>="]
);
t!(neg_copyright, "© 2024 Reuters", []);
t!(neg_clock_gmt, "Published 10:30 GMT, 12 Jan 2024.", []);
t!(
    range_currency_both,
    "between $10 and $15 a share",
    ["$10 and $15|10..15|USD|="]
);
t!(
    range_from_to_count,
    "from 1,000 to 2,000 people",
    ["1,000 to 2,000|1000..2000|count|="]
);
t!(
    time_span_over,
    "Researchers sequenced 10,000 genomes over five years.",
    ["10,000|10000|count|=", "five years|5|year|="]
);
t!(
    time_span_for_over,
    "They fought for over five years.",
    ["over five years|5|year|>"]
);
t!(
    quarter_point,
    "The Fed raised rates by a quarter point to 5.25%.",
    [
        "a quarter point|0.25|percentage point|=|+",
        "5.25%|5.25|percent|="
    ]
);
t!(
    quarter_mile,
    "a quarter mile away",
    ["a quarter mile|0.25|mile|="]
);
t!(
    seven_in_ten,
    "Seven in 10 Americans back it.",
    ["Seven in 10|0.7|fraction|="]
);
t!(three_in_ten, "3 in 10 cases", ["3 in 10|0.3|fraction|="]);
t!(
    not_a_share_year,
    "He was killed in 2023 and 5 in 2024.",
    ["5|5|count|="]
);
t!(
    fold_twice,
    "twice as many people as last year",
    ["twice|2|fold|="]
);
t!(not_fold_twice, "Messi scored twice.", []);

#[test]
fn counted_gerund_and_as_of() {
    let text = "An airstrike hit the camp, killing 20.";
    assert_eq!(sl(text, first(text).counted), Some("killing"));
    let text = "The toll stood at 500 as of Monday.";
    let c = first(text);
    assert_eq!(sl(text, c.counted), Some("toll"));
    assert_eq!(sl(text, c.time), Some("as of Monday"));
}

#[test]
fn counted_copula_noun_levels_and_all() {
    let text = "Of the 1,200 people killed, 800 were civilians.";
    assert_eq!(sl(text, run(text).claims[1].counted), Some("civilians"));
    let text = "The unemployment rate held steady at 4.1 percent.";
    assert_eq!(sl(text, first(text).counted), Some("rate"));
    let text = "Nearly half of all Gazans are children.";
    assert_eq!(sl(text, first(text).counted), Some("Gazans"));
    let text = "More than 2,000 trucks entered in May, up from 1,500 in April.";
    assert_eq!(sl(text, first(text).time), Some("in May"));
}
t!(
    million_m_people,
    "It has 1.2m users and 30m subscribers.",
    ["1.2m|1200000|count|=", "30m|30000000|count|="]
);
t!(
    metre_m_sprint,
    "He won the 100m sprint and is 1.9m tall.",
    ["100m|100|metre|=", "1.9m|1.9|metre|="]
);

#[test]
fn counted_subject_before_a_prepositional_phrase() {
    let text = "The death toll in the 13-month war passed 43,000.";
    assert_eq!(sl(text, run(text).claims[1].counted), Some("toll"));
    let text = "Unemployment in the US fell to 3.9%.";
    assert_eq!(sl(text, first(text).counted), Some("Unemployment"));
}
t!(
    signed_percent,
    "Shares closed +5% and bonds −0.3 percentage points.",
    [
        "+5%|5|percent|=|+",
        "−0.3 percentage points|-0.3|percentage point|=|-"
    ]
);

#[test]
fn attribution_appositive() {
    let text = "At least 30 people were killed, Ashraf Qudra, the ministry's spokesman, said.";
    assert_eq!(sl(text, first(text).attribution), Some("Ashraf Qudra"));
}

#[test]
fn coordination_does_not_share_events() {
    let text = "Five killed and 10 wounded in the attack.";
    let ex = run(text);
    assert_eq!(sl(text, ex.claims[0].counted), Some("killed"));
    assert_eq!(ex.claims[0].counted_modifier, None);
    assert_eq!(sl(text, ex.claims[1].counted), Some("wounded"));
    let text = "3 civilian and 5 military deaths";
    let ex = run(text);
    assert_eq!(sl(text, ex.claims[0].counted), Some("deaths"));
    assert_eq!(sl(text, ex.claims[0].counted_modifier), Some("civilian"));
}
t!(
    glued_pc_bp,
    "Prices rose 5pc after a 25bp cut.",
    ["5pc|5|percent|=|+", "25bp|25|basis point|=|-"]
);

// ------------------------------------------------------------------ generalisation: money

t!(
    gen_pence_glued,
    "The shares closed 4p higher at 312p after the results.",
    ["4p|0.04|GBP|=|+", "312p|3.12|GBP|="]
);
t!(
    gen_pence_word,
    "A stamp now costs 85 pence.",
    ["85 pence|0.85|GBP|="]
);
t!(
    gen_pence_decimal,
    "The dividend was 12.5p a share.",
    ["12.5p|0.125|GBP|="]
);
t!(
    gen_swedish_kronor,
    "The bank lent 7 billion Swedish kronor to the utility.",
    ["7 billion Swedish kronor|7000000000|SEK|="]
);
t!(
    gen_kronor_bare,
    "The deal is worth 5 billion kronor.",
    ["5 billion kronor|5000000000|SEK|="]
);
t!(
    gen_hong_kong_dollars,
    "Exports reached 2.3bn Hong Kong dollars last month.",
    ["2.3bn Hong Kong dollars|2300000000|HKD|="]
);
t!(
    gen_australian_dollars,
    "The miner made 1.33bn Australian dollars in 2004.",
    ["1.33bn Australian dollars|1330000000|AUD|="]
);
t!(
    gen_swiss_francs,
    "The fine was set at 40,000 Swiss francs.",
    ["40,000 Swiss francs|40000|CHF|="]
);
t!(
    gen_south_african_rand,
    "It paid 2bn South African rand for the mine.",
    ["2bn South African rand|2000000000|ZAR|="]
);
t!(
    gen_won_after_scale,
    "Samsung invested 500 billion won in the plant.",
    ["500 billion won|500000000000|KRW|="]
);
t!(
    gen_won_is_a_verb,
    "Chelsea won 2 trophies and Spain won 3-0.",
    ["2|2|count|="]
);
t!(
    gen_money_then_year_word,
    "Profit rose to $1.1bn, from $639m year-earlier.",
    ["$1.1bn|1100000000|USD|=", "$639m|639000000|USD|="]
);
t!(
    gen_us_wire_billion,
    "The insurer reported a $1.2 billion charge.",
    ["$1.2 billion|1200000000|USD|="]
);
t!(
    gen_indian_crore,
    "The state will spend Rs 5 crore on roads.",
    ["Rs 5 crore|50000000|INR|="]
);
t!(
    gen_indian_crore_dot,
    "The state will spend Rs. 300 crore on roads.",
    ["Rs. 300 crore|3000000000|INR|="]
);
t!(
    gen_lakh,
    "Farmers harvested 1.5 lakh tonnes of wheat.",
    ["1.5 lakh tonnes|150000|tonne|="]
);
t!(
    gen_rupee_range,
    "The shares were offered at 1,050-1,125 rupees each.",
    ["1,050-1,125 rupees|1050..1125|INR|="]
);
t!(
    gen_dollar_range_both_signs,
    "Analysts expect a price of $24-$26.",
    ["$24-$26|24..26|USD|="]
);

// ------------------------------------------------------------------ generalisation: numerals

t!(
    gen_euro_decimal_comma,
    "Turnover was €2.345,6 million last year.",
    ["€2.345,6 million|2345600000|EUR|="]
);
t!(
    gen_euro_groups_and_comma,
    "Income rose to €1.234.567,89 in the period.",
    ["€1.234.567,89|1234567.89|EUR|="]
);
t!(
    gen_euro_symbol_after,
    "Le billet coûte 1\u{a0}234,5\u{a0}€ cette année.",
    ["1\u{a0}234,5\u{a0}€|1234.5|EUR|="]
);
t!(
    gen_swiss_apostrophe,
    "Sales hit 1'000 francs.",
    ["1'000 francs|1000|CHF|="]
);
t!(
    gen_vulgar_fractions,
    "Add 2½ cups of flour and ¾ teaspoon of salt.",
    ["2½ cups|2.5|cup|=", "¾ teaspoon|0.75|teaspoon|="]
);
t!(
    gen_quarter_of_a_million,
    "Nearly a quarter of a million people fled the city.",
    ["Nearly a quarter of a million|250000|count|~"]
);
t!(
    gen_half_of_a_billion,
    "The state spent half of a billion pounds.",
    ["half of a billion pounds|500000000|GBP|="]
);
t!(
    gen_spelled_compound,
    "One hundred and twenty-five people were rescued.",
    ["One hundred and twenty-five|125|count|="]
);
t!(
    gen_several_hundred,
    "Several hundred fans waited outside.",
    ["Several hundred|300|count|>="]
);
t!(
    gen_some_approx,
    "Some 300 staff were moved.",
    ["Some 300|300|count|~"]
);
t!(
    gen_ratio_in,
    "Roughly 3 in 10 adults and one in five children are affected.",
    ["Roughly 3 in 10|0.3|fraction|~", "one in five|0.2|fraction|="]
);
t!(
    gen_third_week_is_ordinal,
    "The film topped the chart for a third week.",
    []
);
t!(
    gen_superscript_power_no_crash,
    "The area was 10² m and x³ grew.",
    ["10²|100|count|="]
);

// ------------------------------------------------------------------ generalisation: ages, hyphens

t!(
    gen_age_hyphen,
    "Her 12-year-old son joined.",
    ["12-year-old|12|year|="]
);
t!(
    gen_age_words_hyphen,
    "The ten-year-old boy was found.",
    ["ten-year-old|10|year|="]
);
t!(gen_aged, "The driver, aged 41, was unhurt.", ["41|41|year|="]);
t!(
    gen_hyphen_unit_words,
    "He signed a two-year contract after a three-day trial and a 10-week course.",
    ["two-year|2|year|=", "three-day|3|day|=", "10-week|10|week|="]
);
t!(
    gen_one_year_deal,
    "The striker agreed a one-year deal.",
    ["one-year|1|year|="]
);

// ------------------------------------------------------------------ generalisation: not claims

t!(
    gen_coordinated_years,
    "The firm will restate its 1999 and 2000 accounts.",
    []
);
t!(
    gen_attributive_year,
    "Profits from its 2004 operations beat the 2003 performance.",
    []
);
t!(
    gen_year_after_about,
    "Analysts were upbeat about 2006, the firm said.",
    []
);
t!(
    gen_year_range_short,
    "He served as governor in 1993-97 before the 2001 election.",
    []
);
t!(gen_year_apostrophe, "They were the class of '68.", []);
t!(
    gen_counts_that_look_like_years,
    "Around 2000 people marched, while 1500 jobs went in 2002.",
    ["Around 2000|2000|count|~", "1500|1500|count|="]
);
t!(
    gen_rank_number,
    "The single reached number four, then stayed at number 12 for a week.",
    []
);
t!(gen_shirt_number, "He will wear the number 10 shirt.", []);
t!(
    gen_section_version,
    "The rules are in section 4 and article 50, and version 3.1 fixes it.",
    []
);
t!(
    gen_day_range_date,
    "Organisers expect 5,000 runners on 14-15 May.",
    ["5,000|5000|count|="]
);
t!(
    gen_number_word_names,
    "He told Channel Four's reporter and later appeared with Five and the Big Three.",
    []
);
t!(
    gen_possessive_name_number,
    "She watched Ocean's Eleven twice.",
    []
);
k!(gen_k_year_range, "in 1993-97 he ruled", "1993-97" => "year");
k!(gen_k_apostrophe_year, "the class of '83 met", "'83" => "year");
k!(gen_k_day_range, "on 2-4 June", "2-4 June" => "date");
k!(gen_k_rank, "at number seven", "number seven" => "other");

// ------------------------------------------------------------------ generalisation: round two

t!(
    gen_clock_with_zone,
    "Shares were up 4.5% by 0900 GMT and the show airs at 7.30pm.",
    ["4.5%|4.5|percent|=|+"]
);
k!(gen_k_clock_zone, "trading at 1430 GMT", "1430 GMT" => "time");
t!(
    gen_m_after_money_is_million,
    "The bank gets 1bn euros now, with another 550m later, after a 100m sprint.",
    [
        "1bn euros|1000000000|EUR|=",
        "550m|550000000|count|=",
        "100m|100|metre|="
    ]
);
t!(
    gen_un_resolution_and_no_10,
    "Iraq was in breach of UN resolution 1441, a source at No 10 said.",
    []
);
t!(gen_no_as_determiner, "No 10 people were hurt.", ["10|10|count|="]);
t!(
    gen_appositive_age,
    "The banker, Mr Greenspan, 79, said he would retire.",
    ["79|79|year|="]
);
t!(
    gen_appositive_not_age_with_unit,
    "Italy, 45%, and Spain, 40%, led the table.",
    ["45%|45|percent|=", "40%|40|percent|="]
);

#[test]
fn gen_per_unit_rates() {
    let cases = [
        ("The firm earns $5 a share.", "$5", Some("share")),
        ("Prices rise 2 per cent a year.", "2 per cent", Some("year")),
        ("The plant makes 150,000 cars a year.", "150,000", Some("year")),
        (
            "Output hit 3.5 million barrels per day.",
            "3.5 million barrels",
            Some("day"),
        ),
        ("Tickets cost £10 per head.", "£10", Some("head")),
        ("The stock paid $5/share.", "$5", Some("share")),
        // a unit of the unit vocabulary after `a`/`an`: commodity and land prices
        ("Gold hit a record $2,450 an ounce.", "$2,450", Some("ounce")),
        ("Farmland sold for $5,000 an acre.", "$5,000", Some("acre")),
        ("Beef now sells for $6 a pound.", "$6", Some("pound")),
        ("Saffron costs about £10 a gram.", "about £10", Some("gram")),
        // science notation: a unit after a slash, a unit to the power minus one
        (
            "The rock has a density of 2.7 g/cm3 at depth.",
            "2.7 g",
            Some("cm3"),
        ),
        (
            "Mice received 5 mg kg−1 of the compound daily.",
            "5 mg",
            Some("kg"),
        ),
        ("Wind speeds of 10 m s-1 were recorded.", "10 m", Some("s")),
        ("Saplings grew 3 cm yr−1 on average.", "3 cm", Some("yr")),
        // several factors, or another power: the whole denominator
        (
            "Uptake was 12.5 μmol m−2 s−1 at noon.",
            "12.5 μmol",
            Some("m−2 s−1"),
        ),
        ("The basalt is 2.9 g cm−3 dense.", "2.9 g", Some("cm−3")),
        ("Fluxes of 3 kg m^-2 s^-1 were found.", "3 kg", Some("m^-2 s^-1")),
        ("A flux of 4 mol m⁻² was seen.", "4 mol", Some("m⁻²")),
        (
            "Mice got 0.5 mg·kg−1·day−1 of the drug.",
            "0.5 mg",
            Some("kg−1·day−1"),
        ),
        // a symbol read only glued elsewhere is a unit spaced before a compound
        (
            "Irradiance peaked at 1,000 W/m2 on the roof.",
            "1,000 W",
            Some("m2"),
        ),
        (
            "The conductivity is 0.6 W m−1 K−1 in water.",
            "0.6 W",
            Some("m−1 K−1"),
        ),
        ("The flow rate was 1.5 mL/min.", "1.5 mL", Some("min")),
        (
            "Power traded at €40 a megawatt-hour.",
            "€40",
            Some("megawatt-hour"),
        ),
        ("Profit was $639m a year earlier.", "$639m", None),
        ("Sales rose 5% a year ago.", "5%", None),
        ("He scored 10 goals.", "10", None),
    ];
    for (text, span, per) in cases {
        let ex = run(text);
        let c = ex
            .claims
            .iter()
            .find(|c| c.span.slice(text) == span)
            .unwrap_or_else(|| panic!("no claim {span:?} in {text:?}"));
        assert_eq!(c.per.map(|p| p.slice(text)), per, "per of {span:?} in {text:?}");
        assert!(c.time.is_none(), "the rate is not a time in {text:?}");
    }
}

// ------------------------------------------------------------------ generalisation: sport

t!(
    gen_race_times,
    "She won the 3,000m in 7:40.53 and he ran a 2:08:37 marathon; the meeting starts at 10:30.",
    [
        "3,000m|3000|metre|=",
        "7:40.53|460.53|second|=",
        "2:08:37|7717|second|="
    ]
);
t!(
    gen_field_event_metres,
    "The champion cleared 4.88m to beat a mark of 4.85m.",
    ["4.88m|4.88|metre|=", "4.85m|4.85|metre|="]
);
t!(
    gen_decimal_m_millions,
    "The show drew 1.2m viewers and the film took 204.3m.",
    ["1.2m|1200000|count|=", "204.3m|204300000|count|="]
);
t!(
    gen_feet_and_inches,
    "The defender is 6ft 4in tall.",
    ["6ft 4in|6.333333333333333|foot|="]
);
t!(
    gen_ages_turns_and_appositive,
    "The Wales star, 30, will quit before he turns 35.",
    ["30|30|year|=", "35|35|year|="]
);
t!(
    gen_sport_scores_not_claims,
    "Arsenal lost 2-0 at home and Wales won 11-9 in Cardiff.",
    []
);
t!(
    gen_tennis_sets,
    "He won 6-4 6-3 6-0 and she won 7-5 6-1 in the final.",
    []
);
t!(
    gen_age_plural,
    "Wages for 17-year-olds rose.",
    ["17-year-olds|17|year|="]
);
t!(
    gen_between_year_span_and_zone,
    "Ajax won four titles between 1965-71 and the vote is at about 1230 GMT.",
    ["four|4|count|="]
);
t!(
    gen_no_label_mid_sentence,
    "The club has two young No 9 prospects.",
    ["two|2|count|="]
);
t!(
    gen_years_before_verbs,
    "Full year 2004 gains were small, taxes from 2000 onwards rose, and fewer consumers by 2050 means trouble.",
    []
);
t!(
    gen_decimal_m_of_the,
    "Approximately 1.1m of the country's 1.6m voters can vote.",
    ["Approximately 1.1m|1100000|count|~", "1.6m|1600000|count|="]
);
t!(
    gen_fed_quarter_point,
    "The Fed raised its key federal funds rate by a quarter percentage point to 2%.",
    [
        "a quarter percentage point|0.25|percentage point|=|+",
        "2%|2|percent|="
    ]
);
t!(
    gen_quarter_of_a_point,
    "Rates may rise by a quarter of a percentage point.",
    ["a quarter of a percentage point|0.25|percentage point|=|+"]
);
t!(
    gen_quarters_as_periods,
    "It lost subscribers in the preceding three quarters, and three quarters of staff left.",
    ["three quarters|3|quarter|=", "three quarters|0.75|fraction|="]
);
t!(
    gen_french_space_groups,
    "Le chiffre atteint 1 234,5 € et 12 500 %.",
    ["1 234,5 €|1234.5|EUR|=", "12 500 %|12500|percent|="]
);
t!(
    gen_plain_space_list_not_grouped,
    "The teams scored 3 100 times.",
    ["3|3|count|=", "100|100|count|="]
);
t!(
    gen_m_millions_with_money_or_noun,
    "Earnings were 77m euros, up from 38m, and imports will be 110m tons of 300m vaccines.",
    [
        "77m euros|77000000|EUR|=",
        "38m|38000000|count|=",
        "110m tons|110000000|tonne|=",
        "300m|300000000|count|="
    ]
);
t!(
    gen_m_metres_in_races,
    "Greene won the 100m in 9.9 seconds and the 1.5m from the line was key.",
    ["100m|100|metre|=", "9.9 seconds|9.9|second|=", "1.5m|1.5|metre|="]
);
t!(
    gen_number_as_verb,
    "Its subscribers number 5,000, while oil fell $4 in five days.",
    ["5,000|5000|count|=", "$4|4|USD|=|-", "five days|5|day|="]
);

// ------------------------------------------------------------------ generalisation: bounds

t!(
    gen_adverbed_qualifiers,
    "It has a little over 3% and well below 10 stores, slightly more than 200 staff and far more than 40 shops.",
    [
        "a little over 3%|3|percent|>",
        "well below 10|10|count|<",
        "slightly more than 200|200|count|>",
        "far more than 40|40|count|>"
    ]
);
t!(
    gen_north_of,
    "The deal is worth north of $5bn.",
    ["north of $5bn|5000000000|USD|>"]
);
t!(
    gen_up_to_after_movement_is_a_level,
    "Shares moved up to 45p, and sales were up to 40% higher.",
    ["45p|0.45|GBP|=", "up to 40%|40|percent|<=|+"]
);
t!(
    gen_either_or_ranges,
    "After four or five months, three or four inch rods and 10 or 12 cars came in 2003 or 2004, with 500 or more fans.",
    [
        "four or five months|4..5|month|=",
        "three or four inch|3..4|inch|=",
        "10 or 12|10..12|count|=",
        "500|500|count|>="
    ]
);
t!(
    gen_world_war_number,
    "Soldiers fought on World War 2 battlefronts, and the war killed 60 million people.",
    ["60 million|60000000|count|="]
);
t!(
    gen_national_cents,
    "Shares lost 65 Canadian cents to 1.90 Canadian dollars, and a stamp is 40 euro cents.",
    [
        "65 Canadian cents|0.65|CAD|=",
        "1.90 Canadian dollars|1.9|CAD|=",
        "40 euro cents|0.4|EUR|="
    ]
);
t!(
    gen_space_groups_before_currency_word,
    "Le prix est de 12 500 euros, soit 3 000 CHF.",
    ["12 500 euros|12500|EUR|=", "3 000 CHF|3000|CHF|="]
);

// ------------------------------------------------------------------ uncertainties and margins

#[test]
fn an_uncertainty_is_part_of_its_figure_and_noted() {
    for (text, span, value, unit, note) in [
        (
            "The mean age was 54.3 ± 8.2 years.",
            "54.3 ± 8.2 years",
            54.3,
            "year",
            "uncertainty ±8.2",
        ),
        (
            "Doses of 12 mg ± 0.4 mg were given.",
            "12 mg ± 0.4 mg",
            12.0,
            "milligram",
            "uncertainty ±0.4",
        ),
        (
            "The yield was 71 +/- 6 per cent.",
            "71 +/- 6 per cent",
            71.0,
            "percent",
            "uncertainty ±6",
        ),
        (
            "A margin of error of plus or minus 3 percentage points.",
            "plus or minus 3 percentage points",
            3.0,
            "percentage point",
            "plus or minus: a margin, not a negative figure",
        ),
    ] {
        let ex = run(text);
        assert_eq!(ex.claims.len(), 1, "{text:?}: {:?}", ex.claims);
        let c = &ex.claims[0];
        assert_eq!(c.span.slice(text), span, "{text:?}");
        assert_eq!((c.value, c.unit.as_str()), (value, unit), "{text:?}");
        assert!(c.notes.iter().any(|n| n == note), "{text:?}: {:?}", c.notes);
    }
    // a different unit after the sign is another figure, and a lone minus is a negative
    let ex = run("It weighed 12 kg ± 3 cm.");
    assert!(ex
        .claims
        .iter()
        .all(|c| c.notes.iter().all(|n| !n.starts_with("uncertainty"))));
    let ex = run("Lows of minus 5C tonight.");
    assert_eq!(ex.claims[0].value, -5.0);
    // the exponent of `kg−1` is no figure of its own
    for text in [
        "Mice received 5 mg kg−1 of the compound.",
        "Speeds of 10 m s-1 were recorded.",
        "Uptake was 12.5 μmol m−2 s−1 at noon.",
        "The conductivity is 0.6 W m−1 K−1 in water.",
        "Rainfall of 1,200 mm yr−1 fell.",
        "Fluxes of 3 kg m^-2 s^-1 were found.",
        "Mice got 0.5 mg·kg−1·day−1 of the drug.",
    ] {
        assert_eq!(run(text).claims.len(), 1, "{text:?}");
    }
}
