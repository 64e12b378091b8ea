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
t!(unit_years_old, "a 30-year-old man", ["30-year|30|year|="]);

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
    let n = first("more than two decades").normalised.unwrap();
    assert_eq!((n.value, n.unit.as_str()), (20.0, "year"));
    let n = first("a 40 Gb link").normalised.unwrap();
    assert_eq!((n.value, n.unit.as_str()), (40e9, "bit"));
    assert!(first("19,000 hours").normalised.is_none());
    assert!(first("60%").normalised.is_none());
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
    ["10%|10|percent|=", "15%|15|percent|="]
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
    ["5 feet|5|foot|=", "4 inches|4|inch|="]
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
