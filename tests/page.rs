//! Page structure on pages of our own writing, in the layouts of wire services, broadsheets,
//! tabloids, aggregators, forums and press releases, in English, German, French and Spanish;
//! then the repository's seeds. Public API only.

use chrono::NaiveDate;
use claimsift::page::{document_date, document_outlet, BlockKind, Page};
use claimsift::pipeline::{Boilerplate, Pipeline, PipelineConfig};
use claimsift::BlockKind::*;

/// Checks every `(block text, kind)` pair: the block must exist with exactly that text.
fn check(text: &str, expected: &[(&str, BlockKind)]) -> Page {
    let page = Page::parse(text);
    for (want, kind) in expected {
        let found: Vec<BlockKind> = page
            .blocks
            .iter()
            .filter(|b| b.span.slice(text) == *want)
            .map(|b| b.kind)
            .collect();
        assert!(
            found.contains(kind),
            "{want:?}: expected {kind:?}, found {found:?}\nblocks: {:#?}",
            page.blocks
                .iter()
                .map(|b| (b.kind, b.span.slice(text)))
                .collect::<Vec<_>>()
        );
    }
    // Blocks slice the text, in order, without overlaps.
    for w in page.blocks.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
    page
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn pipeline(mode: &str) -> Pipeline {
    let mut config = PipelineConfig::default();
    config.boilerplate = mode.parse().unwrap();
    Pipeline::new(config, None)
}

/// Claims of `text` (value, block kind) under `mode`.
fn claims(text: &str, mode: &str) -> Vec<(String, Option<BlockKind>)> {
    pipeline(mode)
        .process(text)
        .claims
        .iter()
        .map(|c| (c.span.slice(text).to_string(), c.block))
        .collect()
}

/// Every body sentence of the page keeps its claims with `drop`; teaser and boilerplate claims go.
fn assert_drop_keeps_body(text: &str, body_claims: &[&str], off_claims: &[&str]) {
    let marked = claims(text, "mark");
    let dropped = claims(text, "drop");
    let kept = claims(text, "keep");
    assert_eq!(kept.len(), marked.len());
    assert!(kept.iter().all(|(_, b)| b.is_none()));
    for c in body_claims {
        assert!(dropped.iter().any(|(t, _)| t == c), "{c:?} lost: {dropped:?}");
    }
    for c in off_claims {
        let m = marked
            .iter()
            .find(|(t, _)| t == c)
            .unwrap_or_else(|| panic!("{c:?} not found: {marked:?}"));
        assert!(m.1.is_some_and(|k| k.is_off_article()), "{c:?} not marked: {m:?}");
        assert!(
            !dropped.iter().any(|(t, _)| t == c),
            "{c:?} not dropped: {dropped:?}"
        );
    }
}

const WIRE_EN: &str = "Skip to main content
World
Business
Markets

Oil Prices Slide as Demand Worries Mount
By Jane Roe and Tom Vole
March 3, 2024 10:15 AM GMT
Updated 2 hours ago

LONDON, March 3 (Reuters) - Oil prices fell more than 2% on Monday as traders worried about weaker demand in China.

Brent crude futures were down $1.80, or 2.1%, at $83.20 a barrel by 0915 GMT.

Advertisement · Scroll to continue

\"The market is nervous,\" said one analyst at a London bank.

Reporting by Jane Roe; Editing by Tom Vole
Our Standards: The Thomson Reuters Trust Principles.
Read Next
Related: Gold Hits Record High of $2,150 an Ounce
";

#[test]
fn wire_service_english() {
    let p = check(
        WIRE_EN,
        &[
            ("Skip to main content", Boilerplate),
            ("World", Boilerplate),
            ("Business", Boilerplate),
            ("Markets", Headline),
            ("Oil Prices Slide as Demand Worries Mount", Headline),
            ("By Jane Roe and Tom Vole", Byline),
            ("March 3, 2024 10:15 AM GMT", Dateline),
            ("Updated 2 hours ago", Dateline),
            ("LONDON, March 3 (Reuters) -", Dateline),
            (
                "Oil prices fell more than 2% on Monday as traders worried about weaker demand in China.",
                Body,
            ),
            (
                "Brent crude futures were down $1.80, or 2.1%, at $83.20 a barrel by 0915 GMT.",
                Body,
            ),
            ("Advertisement · Scroll to continue", Boilerplate),
            (
                "\"The market is nervous,\" said one analyst at a London bank.",
                Body,
            ),
            ("Reporting by Jane Roe; Editing by Tom Vole", Byline),
            (
                "Our Standards: The Thomson Reuters Trust Principles.",
                Boilerplate,
            ),
            ("Read Next", Boilerplate),
            ("Related: Gold Hits Record High of $2,150 an Ounce", Teaser),
        ],
    );
    assert_eq!(p.date, date(2024, 3, 3));
    assert_eq!(p.outlet.as_deref(), Some("Reuters"));
    assert_drop_keeps_body(WIRE_EN, &["more than 2%", "$1.80", "2.1%", "$83.20"], &["$2,150"]);
}

const BROADSHEET_EN: &str = "Cookie settings
We use cookies to improve your experience on our site. By continuing to use the site you agree to our cookie policy.
Accept all cookies

News
Opinion
Sport
Culture
Lifestyle

Councils warn of £4bn gap in social care funding
Town halls in England say they cannot cover rising costs without cutting other services

Ann Lee Social affairs correspondent
Tue 14 May 2024 06.00 BST

Councils in England face a £4bn shortfall in adult social care funding over the next two years, according to a survey of finance directors.

The Local Government Association said 70% of councils expected to overspend their care budgets this year.

Image caption: Care workers at a home in Leeds. Photograph: Ann Smith/The Gazette

Sign up to First Edition, our free daily newsletter

“We are at breaking point,” said Cllr Ray Vole, who chairs the association’s community wellbeing board.

Share on Facebook
Share on Twitter
Most viewed
Explore more on these topics
";

#[test]
fn broadsheet_english() {
    let p = check(
        BROADSHEET_EN,
        &[
            ("Cookie settings", Boilerplate),
            (
                "We use cookies to improve your experience on our site. By continuing to use the site you agree to our cookie policy.",
                Boilerplate,
            ),
            ("Accept all cookies", Boilerplate),
            ("News", Boilerplate),
            ("Opinion", Boilerplate),
            ("Sport", Boilerplate),
            ("Culture", Boilerplate),
            ("Lifestyle", Boilerplate),
            ("Councils warn of £4bn gap in social care funding", Headline),
            (
                "Town halls in England say they cannot cover rising costs without cutting other services",
                Headline,
            ),
            ("Ann Lee Social affairs correspondent", Byline),
            ("Tue 14 May 2024 06.00 BST", Dateline),
            (
                "The Local Government Association said 70% of councils expected to overspend their care budgets this year.",
                Body,
            ),
            ("Image caption: Care workers at a home in Leeds. Photograph: Ann Smith/The Gazette", Caption),
            ("Sign up to First Edition, our free daily newsletter", Boilerplate),
            ("Share on Facebook", Boilerplate),
            ("Share on Twitter", Boilerplate),
            ("Most viewed", Boilerplate),
            ("Explore more on these topics", Boilerplate),
        ],
    );
    assert_eq!(p.date, date(2024, 5, 14));
    assert_eq!(p.outlet, None);
    assert_drop_keeps_body(BROADSHEET_EN, &["£4bn", "70%", "two years"], &[]);
}

const TABLOID_EN: &str = "EXCLUSIVE
SHOCK AS TEEN WINS £1M ON SCRATCHCARD
Lucky Liam, 19, bought the ticket with his last £5

By TOM VOLE
Published: 09:15, 5 June 2023 | Updated: 11:40, 5 June 2023

A TEENAGER scooped £1million on a scratchcard he bought with his last fiver.
Liam, 19, from Leeds, said he \"screamed the house down\" when he saw the win.

Advertisement

Share or comment on this article:
More from Money: Savers Get 5% Rates as Banks Battle for Cash
Most Read
Comments 24
Share what you think
This is great news for him, I won £20 once.
Good on him, hope he spends it wisely
";

#[test]
fn tabloid_english() {
    let p = check(
        TABLOID_EN,
        &[
            ("EXCLUSIVE", Boilerplate),
            ("SHOCK AS TEEN WINS £1M ON SCRATCHCARD", Headline),
            ("Lucky Liam, 19, bought the ticket with his last £5", Headline),
            ("By TOM VOLE", Byline),
            ("Published: 09:15, 5 June 2023 | Updated: 11:40, 5 June 2023", Dateline),
            (
                "A TEENAGER scooped £1million on a scratchcard he bought with his last fiver.\nLiam, 19, from Leeds, said he \"screamed the house down\" when he saw the win.",
                Body,
            ),
            ("Advertisement", Boilerplate),
            ("Share or comment on this article:", Boilerplate),
            ("More from Money: Savers Get 5% Rates as Banks Battle for Cash", Teaser),
            ("Most Read", Boilerplate),
            ("Comments 24", Boilerplate),
            ("Share what you think", Boilerplate),
            ("This is great news for him, I won £20 once.\nGood on him, hope he spends it wisely", Comment),
        ],
    );
    assert_eq!(p.date, date(2023, 6, 5));
    assert_drop_keeps_body(TABLOID_EN, &["19"], &["5%", "£20"]);
}

const AGGREGATOR_EN: &str = "Top Stories
Home > World > Asia

Japan's central bank holds rates at 0.1%
Source: Kyodo News
Sep 9, 2023 10:15 AM ET

TOKYO (Kyodo) -- The Bank of Japan kept its key interest rate at 0.1% on Friday, as expected.

Read the full story at Kyodo News
Related
Yen Falls to 147 per Dollar After BOJ Decision
Nikkei Climbs 1.2% as Exporters Rally
See also: Markets Brace for U.S. Jobs Data
";

#[test]
fn aggregator_english() {
    let p = check(
        AGGREGATOR_EN,
        &[
            ("Top Stories", Boilerplate),
            ("Home > World > Asia", Boilerplate),
            ("Japan's central bank holds rates at 0.1%", Headline),
            ("Source: Kyodo News", Byline),
            ("Sep 9, 2023 10:15 AM ET", Dateline),
            ("TOKYO (Kyodo) --", Dateline),
            (
                "The Bank of Japan kept its key interest rate at 0.1% on Friday, as expected.",
                Body,
            ),
            ("Read the full story at Kyodo News", Boilerplate),
            ("Related", Boilerplate),
            ("Yen Falls to 147 per Dollar After BOJ Decision", Teaser),
            ("Nikkei Climbs 1.2% as Exporters Rally", Teaser),
            ("See also: Markets Brace for U.S. Jobs Data", Teaser),
        ],
    );
    assert_eq!(p.date, date(2023, 9, 9));
    assert_eq!(p.outlet.as_deref(), Some("Kyodo"));
    let marked = claims(AGGREGATOR_EN, "mark");
    assert!(
        marked.contains(&("0.1%".to_string(), Some(Headline))),
        "{marked:?}"
    );
    assert!(marked.contains(&("0.1%".to_string(), Some(Body))), "{marked:?}");
    assert_drop_keeps_body(AGGREGATOR_EN, &["0.1%"], &["1.2%"]);
}

const FORUM_EN: &str = "Re: Best budget laptop for students?
Posted by techfan on 12 March 2024, 9:41 pm

I bought the X200 last year for $450 and it has been fine for note taking.
Battery life is about 8 hours, which is enough for a full day of lectures.

> I heard the keyboard breaks after a year
Mine is still fine after 14 months

Reply
Quote
Like (3)
Report
";

#[test]
fn forum_english() {
    let p = check(
        FORUM_EN,
        &[
            ("Posted by techfan on 12 March 2024, 9:41 pm", Byline),
            (
                "I bought the X200 last year for $450 and it has been fine for note taking.\nBattery life is about 8 hours, which is enough for a full day of lectures.",
                Body,
            ),
            ("> I heard the keyboard breaks after a year", Quote),
            ("Mine is still fine after 14 months", Body),
            ("Reply", Boilerplate),
            ("Quote", Boilerplate),
            ("Like (3)", Boilerplate),
            ("Report", Boilerplate),
        ],
    );
    assert_eq!(p.date, date(2024, 3, 12));
    assert_drop_keeps_body(FORUM_EN, &["$450", "about 8 hours", "14 months"], &[]);
}

const PRESS_RELEASE_EN: &str = "FOR IMMEDIATE RELEASE

Acme Corp Reports Record Third-Quarter Revenue of $1.2 Billion

SPRINGFIELD, Ill., Oct. 24, 2023 /PRNewswire/ -- Acme Corp (NYSE: ACME) today reported third-quarter revenue of $1.2 billion, up 15% from a year earlier.

Highlights:
• Net income rose 22% to $140 million
• Operating margin widened to 18.5%

\"This was our best quarter ever,\" said Jane Roe, chief executive officer.

About Acme Corp
Acme Corp makes widgets in 12 countries and employs 4,000 people.

SOURCE Acme Corp
";

#[test]
fn press_release_english() {
    let p = check(
        PRESS_RELEASE_EN,
        &[
            ("FOR IMMEDIATE RELEASE", Boilerplate),
            (
                "Acme Corp Reports Record Third-Quarter Revenue of $1.2 Billion",
                Headline,
            ),
            ("SPRINGFIELD, Ill., Oct. 24, 2023 /PRNewswire/ --", Dateline),
            ("Highlights:", Headline),
            ("• Net income rose 22% to $140 million", ListItem),
            ("• Operating margin widened to 18.5%", ListItem),
            ("About Acme Corp", Headline),
            (
                "Acme Corp makes widgets in 12 countries and employs 4,000 people.",
                Body,
            ),
            ("SOURCE Acme Corp", Byline),
        ],
    );
    assert_eq!(p.date, date(2023, 10, 24));
    assert_eq!(p.outlet.as_deref(), Some("PRNewswire"));
    assert_drop_keeps_body(
        PRESS_RELEASE_EN,
        &["$1.2 billion", "15%", "22%", "18.5%", "4,000"],
        &[],
    );
}

const WIRE_DE: &str = "Startseite
Politik
Wirtschaft

Inflation in Deutschland sinkt auf 2,2 Prozent
Stand: 03.03.2024, 10:15 Uhr

Von Max Muster, dpa

BERLIN (dpa) - Die Inflation in Deutschland ist im Februar auf 2,2 Prozent gesunken. Das teilte das Statistische Bundesamt am Freitag mit.

Anzeige

Lebensmittel verteuerten sich um 1,5 Prozent, Energie wurde 2,4 Prozent billiger.

Lesen Sie auch: Mieten steigen in Großstädten um 6 Prozent
Mehr zum Thema
Diese Website verwendet Cookies. Mit der Nutzung dieser Website erklären Sie sich damit einverstanden.
Artikel teilen
Kommentare
Das glaube ich erst, wenn ich es im Supermarkt sehe.
";

#[test]
fn wire_service_german() {
    let p = check(
        WIRE_DE,
        &[
            ("Startseite", Boilerplate),
            ("Politik", Boilerplate),
            ("Wirtschaft", Boilerplate),
            ("Inflation in Deutschland sinkt auf 2,2 Prozent", Headline),
            ("Stand: 03.03.2024, 10:15 Uhr", Dateline),
            ("Von Max Muster, dpa", Byline),
            ("BERLIN (dpa) -", Dateline),
            ("Anzeige", Boilerplate),
            ("Lebensmittel verteuerten sich um 1,5 Prozent, Energie wurde 2,4 Prozent billiger.", Body),
            ("Lesen Sie auch: Mieten steigen in Großstädten um 6 Prozent", Teaser),
            ("Mehr zum Thema", Boilerplate),
            (
                "Diese Website verwendet Cookies. Mit der Nutzung dieser Website erklären Sie sich damit einverstanden.",
                Boilerplate,
            ),
            ("Artikel teilen", Boilerplate),
            ("Kommentare", Boilerplate),
            ("Das glaube ich erst, wenn ich es im Supermarkt sehe.", Comment),
        ],
    );
    assert_eq!(p.date, date(2024, 3, 3));
    assert_eq!(p.outlet.as_deref(), Some("dpa"));
}

const BROADSHEET_FR: &str = "Accueil
International
Économie

Le chômage recule à 7,1 % au troisième trimestre
Publié le 14 novembre 2023 à 08h30, modifié le 14 novembre 2023 à 10h00

Par Marie Dupont

PARIS (AFP) - Le taux de chômage a reculé à 7,1 % au troisième trimestre, selon l'Insee.

Publicité

Environ 2,3 millions de personnes étaient sans emploi en France.

Lire aussi : La croissance française atteint 0,9 % sur un an
Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite.
Partager
Commentaires
C'est une bonne nouvelle pour les jeunes.
";

#[test]
fn broadsheet_french() {
    let p = check(
        BROADSHEET_FR,
        &[
            ("Accueil", Boilerplate),
            ("International", Boilerplate),
            ("Économie", Boilerplate),
            ("Le chômage recule à 7,1 % au troisième trimestre", Headline),
            (
                "Publié le 14 novembre 2023 à 08h30, modifié le 14 novembre 2023 à 10h00",
                Dateline,
            ),
            ("Par Marie Dupont", Byline),
            ("PARIS (AFP) -", Dateline),
            (
                "Le taux de chômage a reculé à 7,1 % au troisième trimestre, selon l'Insee.",
                Body,
            ),
            ("Publicité", Boilerplate),
            (
                "Environ 2,3 millions de personnes étaient sans emploi en France.",
                Body,
            ),
            (
                "Lire aussi : La croissance française atteint 0,9 % sur un an",
                Teaser,
            ),
            (
                "Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite.",
                Boilerplate,
            ),
            ("Partager", Boilerplate),
            ("Commentaires", Boilerplate),
            ("C'est une bonne nouvelle pour les jeunes.", Comment),
        ],
    );
    assert_eq!(p.date, date(2023, 11, 14));
    assert_eq!(p.outlet.as_deref(), Some("AFP"));
}

const WIRE_ES: &str = "Portada
Publicidad

El paro baja en 25.000 personas en octubre
Por Ana García
Madrid, 3 de noviembre de 2023 (EFE).- El número de parados bajó en 25.000 personas en octubre, según el Ministerio de Trabajo.
Lee también: La inflación se modera al 3,5 % en octubre
Compartir
";

#[test]
fn wire_service_spanish() {
    let p = check(
        WIRE_ES,
        &[
            ("Portada", Boilerplate),
            ("Publicidad", Boilerplate),
            ("El paro baja en 25.000 personas en octubre", Headline),
            ("Por Ana García", Byline),
            ("Madrid, 3 de noviembre de 2023 (EFE).-", Dateline),
            (
                "El número de parados bajó en 25.000 personas en octubre, según el Ministerio de Trabajo.",
                Body,
            ),
            ("Lee también: La inflación se modera al 3,5 % en octubre", Teaser),
            ("Compartir", Boilerplate),
        ],
    );
    assert_eq!(p.date, date(2023, 11, 3));
    assert_eq!(p.outlet.as_deref(), Some("EFE"));
}

/// Boilerplate lines, one per line, in four languages: every one is boilerplate wherever it
/// stands (top of the page, between body paragraphs, at the end).
const BOILERPLATE_LINES: &[&str] = &[
    "Advertisement",
    "ADVERTISEMENT",
    "Read more",
    "Read more ›",
    "Continue reading",
    "Click here to subscribe to our newsletter",
    "Click here for the full report",
    "By using this site, you agree to our Privacy Policy and our Terms of Use. Close",
    "We use cookies to personalise content and ads.",
    "This website uses cookies to ensure you get the best experience.",
    "Subscribe to our newsletter",
    "Sign up for our daily briefing",
    "Follow us on Twitter and Facebook",
    "Share this article",
    "Share on WhatsApp",
    "Getting your Trinity Audio player ready...",
    "Your browser does not support the video tag.",
    "This video is not available in your region",
    "You will shortly be re-directed to the publisher's website",
    "This post was originally published on RT",
    "Sections",
    "Skip to main content",
    "Home | World | Business | Tech",
    "Copyright © 2024 Acme Media. All rights reserved.",
    "Anzeige",
    "Weiterlesen",
    "Hier klicken, um den Newsletter zu abonnieren",
    "Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten.",
    "Folgen Sie uns auf Instagram",
    "Publicité",
    "Lire la suite",
    "Cliquez ici pour vous abonner",
    "Ce site utilise des cookies pour améliorer votre expérience.",
    "Suivez-nous sur Facebook",
    "Publicidad",
    "Leer más",
    "Haz clic aquí para suscribirte",
    "Este sitio web utiliza cookies para mejorar su experiencia.",
];

#[test]
fn every_boilerplate_line() {
    let body = "The council said 300 homes would be built by 2027.";
    for line in BOILERPLATE_LINES {
        for text in [
            format!("{line}\n\n{body}"),
            format!("{body}\n\n{line}\n\n{body}"),
            format!("{body}\n{line}"),
        ] {
            let p = Page::parse(&text);
            let kind = p
                .blocks
                .iter()
                .find(|b| b.span.slice(&text) == *line)
                .map(|b| b.kind);
            assert_eq!(kind, Some(Boilerplate), "{line:?} in {text:?}");
            // No body sentence lost.
            let n_body = p
                .blocks
                .iter()
                .filter(|b| b.kind == Body && b.span.slice(&text) == body)
                .count();
            assert_eq!(n_body, text.matches(body).count(), "{text:?}");
        }
    }
}

/// Teaser lines: another article's headline after a label.
const TEASER_LINES: &[&str] = &[
    "Editor's Choice: At Least 500 Homes Flooded in Leeds Since Monday",
    "Editor’s Choice: Rates Rise to 5.25%",
    "Related: Prices Rise 4% in March",
    "RELATED | Ministry Says 40 Schools Will Close",
    "Read also: Police Arrest 12 After Protest",
    "Read more: The 10 Best Trains in Europe",
    "Recommended: Why 3 Million People Moved Abroad",
    "More from Business: Banks Cut 2,000 Jobs",
    "See also - Exports Fall 3.2% in April",
    "Lesen Sie auch: Bahn streicht 500 Verbindungen",
    "Mehr zum Thema: Preise steigen um 3 Prozent",
    "Lire aussi : Les loyers bondissent de 12 %",
    "À lire aussi : 40 000 emplois supprimés",
    "Lee también: El paro sube un 2 %",
];

#[test]
fn every_teaser_line() {
    let body = "The council said 300 homes would be built by 2027.";
    for line in TEASER_LINES {
        let text = format!("{body}\n\n{line}\n\n{body}");
        let p = Page::parse(&text);
        let kind = p
            .blocks
            .iter()
            .find(|b| b.span.slice(&text) == *line)
            .map(|b| b.kind);
        assert_eq!(kind, Some(Teaser), "{line:?}");
        let marked = pipeline("mark").process(&text);
        let teaser_start = text.find(line).unwrap();
        for c in &marked.claims {
            let in_teaser = c.span.start >= teaser_start && c.span.start < teaser_start + line.len();
            assert_eq!(
                c.block == Some(Teaser),
                in_teaser,
                "{line:?}: {:?}",
                c.span.slice(&text)
            );
        }
    }
}

/// Body lines that look a little like boilerplate or teasers stay body.
#[test]
fn body_lines_that_only_look_like_furniture() {
    for line in [
        "Related to this, the ministry said 5 people died.",
        "Share prices fell 5% in early trading.",
        "Advertisement revenue rose 12% to $3bn.",
        "Copyright lawyers said the case could cost $5m.",
        "Read the report, which runs to 300 pages, before Monday.",
        "Next year, prices will rise by 4%.",
        "By Monday, 40 people had been arrested.",
        "The firm changed its privacy policy in 2021 after a fine of $5bn.",
        "Getting your vaccine takes 10 minutes, officials said.",
        "Par ailleurs, le ministre a annoncé 300 postes.",
        "Von Berlin aus fliegen täglich 40 Maschinen.",
        "Más de 100 personas murieron en el incendio.",
    ] {
        let text = format!("Headline Here\n\n{line}");
        let p = Page::parse(&text);
        let kind = p.kind_at(text.find(line).unwrap());
        assert_eq!(kind, Some(Body), "{line:?}");
    }
}

#[test]
fn comment_sections() {
    let text =
        "Prices rose 3% in May.\n\n12 comments\n\nI paid 10% more for bread.\nReply\n\nSame here, 20% more.";
    let p = check(
        text,
        &[
            ("Prices rose 3% in May.", Body),
            ("12 comments", Boilerplate),
            ("I paid 10% more for bread.", Comment),
            ("Reply", Boilerplate),
            ("Same here, 20% more.", Comment),
        ],
    );
    assert_eq!(p.blocks.len(), 5);
    assert_drop_keeps_body(text, &["3%"], &["10%", "20%"]);
}

#[test]
fn date_field_opening_a_line() {
    let text = "date 2023-09-09 Quake kills 820 people near Marrakesh, officials say.\n\nRescuers searched through the night.";
    let p = check(
        text,
        &[
            ("date 2023-09-09", Dateline),
            ("Quake kills 820 people near Marrakesh, officials say.", Body),
            ("Rescuers searched through the night.", Body),
        ],
    );
    assert_eq!(p.date, date(2023, 9, 9));
    // The date field wins over a dateline's date.
    let text = "date 2023-09-11 (Agency report)\nAmman, Sep. 9 (Petra) -- The quake killed 820 people.";
    assert_eq!(document_date(text), date(2023, 9, 11));
    let claims = claims("date 2023-09-09 Quake kills 820 people.", "mark");
    assert_eq!(claims, [("820".to_string(), Some(Body))]);
}

#[test]
fn comment_button_above_the_article_starts_no_comments() {
    let text = "Quake toll rises to 267\nView Comments\nRescuers found 10 more people on Thursday.\n\nComments\n\nSo sad, 267 people.";
    let p = check(
        text,
        &[
            ("View Comments", Boilerplate),
            ("Rescuers found 10 more people on Thursday.", Body),
            ("Comments", Boilerplate),
            ("So sad, 267 people.", Comment),
        ],
    );
    assert_eq!(p.kind_at(text.find("Rescuers").unwrap()), Some(Body));
    assert_eq!(
        document_outlet("Source: Irish Times. Full results here\n\nText."),
        Some("Irish Times".into())
    );
}

#[test]
fn date_and_outlet() {
    assert_eq!(
        document_date("WASHINGTON, March 3 (Reuters) - The Senate voted.\nUpdated: 2023-03-04"),
        date(2023, 3, 3)
    );
    assert_eq!(
        document_date("Published 20 September 2017\nText."),
        date(2017, 9, 20)
    );
    assert_eq!(document_date("Updated: 2023-09-09\nText."), date(2023, 9, 9));
    assert_eq!(document_date("date 2023-09-09\nText."), date(2023, 9, 9));
    assert_eq!(document_date("Sep 9, 2023 10:15 AM ET\nText."), date(2023, 9, 9));
    assert_eq!(document_date("By Ann Lee 2023-09-09\nText."), date(2023, 9, 9));
    assert_eq!(
        document_date("https://example.com/news/2021/07/14/flood-story\n\nText."),
        date(2021, 7, 14)
    );
    assert_eq!(
        document_date("Veröffentlicht am 3. März 2023\nText."),
        date(2023, 3, 3)
    );
    assert_eq!(
        document_date("Publié le 1er février 2022\nTexte."),
        date(2022, 2, 1)
    );
    // Published wins over updated; a dateline without a year takes the year of another date.
    assert_eq!(
        document_date("Updated 4 May 2020\nPublished 2 May 2020\nText."),
        date(2020, 5, 2)
    );
    // Dates inside the article's text are not the document's date.
    assert_eq!(
        document_date("Headline\n\nOn 3 March 2021 the firm said it had 40 staff."),
        None
    );
    // Links inside the text point to other articles.
    assert_eq!(
        document_date("Headline\n\nBody text here.\n\nhttps://example.com/2019/01/02/old"),
        None
    );

    assert_eq!(
        document_outlet("LONDON (Reuters) - Text."),
        Some("Reuters".into())
    );
    assert_eq!(document_outlet("PARIS, March 3 (AP) — Text."), Some("AP".into()));
    assert_eq!(
        document_outlet("(CNN) — The storm hit Florida."),
        Some("CNN".into())
    );
    assert_eq!(
        document_outlet("By Jane Roe, BBC News\n\nText."),
        Some("BBC News".into())
    );
    assert_eq!(
        document_outlet("By Jane Roe | The Daily Star\n\nText."),
        Some("The Daily Star".into())
    );
    assert_eq!(
        document_outlet("By Jane Roe for The Herald\n\nText."),
        Some("The Herald".into())
    );
    assert_eq!(document_outlet("By Jane Roe, Business reporter\n\nText."), None);
    assert_eq!(document_outlet("By Jane Roe, Washington\n\nText."), None);
    assert_eq!(
        document_outlet("Von Max Muster, dpa\n\nText."),
        Some("dpa".into())
    );
    assert_eq!(
        document_outlet("This post was originally published on RT\nText."),
        Some("RT".into())
    );
    assert_eq!(document_outlet("No outlet. Just text."), None);
}

// ------------------------------------------------------------------------------------------
// The repository's seeds.

fn seed(name: &str) -> String {
    let dir = format!("{}/seeds", env!("CARGO_MANIFEST_DIR"));
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(name))
        .unwrap();
    std::fs::read_to_string(path).unwrap()
}

fn kind_of_line(text: &str, page: &Page, starts: &str) -> BlockKind {
    let at = text
        .find(starts)
        .unwrap_or_else(|| panic!("{starts:?} not in seed"));
    page.kind_at(at).unwrap()
}

#[test]
fn seeds_boilerplate_and_teasers() {
    let s0 = seed("000");
    let p0 = Page::parse(&s0);
    assert_eq!(
        kind_of_line(&s0, &p0, "This post was originally published on RT"),
        Boilerplate
    );
    assert_eq!(
        kind_of_line(&s0, &p0, "You will shortly be re-directed"),
        Boilerplate
    );
    assert_eq!(kind_of_line(&s0, &p0, "Read more\n"), Boilerplate);
    assert_eq!(p0.outlet.as_deref(), Some("RT"));

    let s1 = seed("001");
    let p1 = Page::parse(&s1);
    assert_eq!(kind_of_line(&s1, &p1, "Editor's Choice:"), Teaser);
    assert_eq!(
        kind_of_line(&s1, &p1, "Click here to get the latest news"),
        Boilerplate
    );
    assert_eq!(kind_of_line(&s1, &p1, "TEMPO.CO, Jakarta -"), Dateline);
    assert_eq!(p1.outlet.as_deref(), Some("TEMPO.CO"));

    let s3 = seed("003");
    let p3 = Page::parse(&s3);
    assert_eq!(kind_of_line(&s3, &p3, "By using this site"), Boilerplate);
    for url in [
        "https://www.democracynow.org",
        "https://www.theguardian.com",
        "https://www.dropsitenews.com",
    ] {
        let k = kind_of_line(&s3, &p3, url);
        assert!(k.is_off_article() && k == LinkLine, "{url}: {k:?}");
    }

    let s4 = seed("004");
    let p4 = Page::parse(&s4);
    for line in [
        "Sections\n",
        "Advertisement\n",
        "Getting your Trinity Audio",
        "Recommended from JTA",
    ] {
        assert_eq!(kind_of_line(&s4, &p4, line), Boilerplate, "{line:?}");
    }
    let last_ad = s4.rfind("Advertisement").unwrap();
    assert_eq!(p4.kind_at(last_ad), Some(Boilerplate));

    // The articles' own sentences are body (or headline) text in every seed.
    for name in ["000", "001", "002", "003", "004"] {
        let text = seed(name);
        let p = Page::parse(&text);
        let doc = Pipeline::default().process(&text);
        let off: Vec<&str> = doc
            .claims
            .iter()
            .filter(|c| c.block.is_some_and(|k| k.is_off_article()))
            .map(|c| c.span.slice(&text))
            .collect();
        let expected_off: &[&str] = if name == "001" { &["At Least 65,502"] } else { &[] };
        assert_eq!(off, expected_off, "seed {name}");
        assert!(p.blocks.iter().any(|b| b.kind == Body));
    }
}

#[test]
fn seed_claims_unchanged_by_marking() {
    for name in ["000", "001", "002", "003", "004"] {
        let text = seed(name);
        let keep = pipeline("keep").process(&text);
        let mark = Pipeline::default().process(&text);
        assert_eq!(keep.claims.len(), mark.claims.len());
        for (a, b) in keep.claims.iter().zip(&mark.claims) {
            let mut b = b.clone();
            b.block = None;
            assert_eq!(*a, b);
        }
        let extracted = claimsift::claims::extract(&text, &Default::default()).claims;
        assert_eq!(extracted.len(), keep.claims.len());
    }
    let drop = pipeline("drop").process(&seed("001"));
    assert_eq!(
        drop.claims.len() + 1,
        Pipeline::default().process(&seed("001")).claims.len()
    );
}

#[test]
fn config_parses_and_round_trips() {
    assert_eq!("drop".parse::<Boilerplate>().unwrap(), Boilerplate::Drop);
    let err = "tidy".parse::<Boilerplate>().unwrap_err();
    assert!(matches!(err, claimsift::Error::Config { .. }), "{err}");
    assert!(err.to_string().contains("tidy"));
    let mut config = PipelineConfig::default();
    assert_eq!(config.boilerplate, Boilerplate::Mark);
    config.boilerplate = Boilerplate::Drop;
    let json = serde_json::to_string(&config).unwrap();
    assert!(json.contains("\"boilerplate\":\"drop\""), "{json}");
    assert_eq!(serde_json::from_str::<PipelineConfig>(&json).unwrap(), config);
    // An older configuration without the field reads as "mark".
    let old = json.replace(",\"boilerplate\":\"drop\"", "");
    assert_eq!(
        serde_json::from_str::<PipelineConfig>(&old).unwrap().boilerplate,
        Boilerplate::Mark
    );
}

#[test]
fn document_carries_the_page() {
    let doc = Pipeline::default().process(WIRE_EN);
    assert_eq!(doc.page.date, date(2024, 3, 3));
    assert_eq!(doc.page.outlet.as_deref(), Some("Reuters"));
    let json = serde_json::to_string(&doc).unwrap();
    let back: claimsift::Document = serde_json::from_str(&json).unwrap();
    assert_eq!(back, doc);
}

#[test]
fn quote_lines() {
    let text = "Prices rose 5% in May.\n\n“We will rebuild 300 homes.”\n\n“We tried,” she said. “It failed.”\n\n> quoted post\nMy reply";
    check(
        text,
        &[
            ("“We will rebuild 300 homes.”", Quote),
            ("“We tried,” she said. “It failed.”", Body),
            ("> quoted post", Quote),
        ],
    );
}
