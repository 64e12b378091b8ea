//! Sentence boundaries on the "golden rules" style of test cases used by rule-based splitters
//! (pySBD's English set and the like), plus news, web and formal text of our own.
//! Cases we knowingly fail are listed at the bottom with the reason.

use claimsift::split_sentences;

fn sents(text: &str) -> Vec<&str> {
    split_sentences(text).iter().map(|s| s.span.slice(text)).collect()
}

macro_rules! golden {
    ($($name:ident: $text:expr => [$($s:expr),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($s),*];
                assert_eq!(sents($text), expected, "{:?}", $text);
            }
        )*
    };
}

golden! {
    simple_period: "Hello World. My name is Jonas." => ["Hello World.", "My name is Jonas."];
    question: "What is your name? My name is Jonas." => ["What is your name?", "My name is Jonas."];
    exclamation: "There it is! I found it." => ["There it is!", "I found it."];
    initial_in_name: "My name is Jonas E. Smith." => ["My name is Jonas E. Smith."];
    page_number: "Please turn to p. 55." => ["Please turn to p. 55."];
    co_mid: "Were Jane and co. at the party?" => ["Were Jane and co. at the party?"];
    company_mid: "They closed the deal with Pitt, Briggs & Co. at noon." => ["They closed the deal with Pitt, Briggs & Co. at noon."];
    co_end: "Let's ask Jane and co. They should know." => ["Let's ask Jane and co.", "They should know."];
    company_end: "They closed the deal with Pitt, Briggs & Co. It closed yesterday." => ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."];
    mount: "I can see Mt. Fuji from here." => ["I can see Mt. Fuji from here."];
    saint_street: "St. Michael's Church is on 5th st. near the light." => ["St. Michael's Church is on 5th st. near the light."];
    jr_possessive: "That is JFK Jr.'s book." => ["That is JFK Jr.'s book."];
    usa_mid: "I visited the U.S.A. last year." => ["I visited the U.S.A. last year."];
    eu_end: "I live in the E.U. How about you?" => ["I live in the E.U.", "How about you?"];
    us_end: "I live in the U.S. How about you?" => ["I live in the U.S.", "How about you?"];
    us_government: "I work for the U.S. Government in Virginia." => ["I work for the U.S. Government in Virginia."];
    us_for: "I have lived in the U.S. for 20 years." => ["I have lived in the U.S. for 20 years."];
    money_mid: "She has $100.00 in her bag." => ["She has $100.00 in her bag."];
    money_end: "She has $100.00. It is in her bag." => ["She has $100.00.", "It is in her bag."];
    parenthetical: "He teaches science (He previously worked for 5 years as an engineer.) at the local University." => ["He teaches science (He previously worked for 5 years as an engineer.) at the local University."];
    email_end: "Her email is Jane.Doe@example.com. I sent her an email." => ["Her email is Jane.Doe@example.com.", "I sent her an email."];
    url_end: "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out." => ["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."];
    single_quote_lower: "She turned to him, 'This is great.' she said." => ["She turned to him, 'This is great.' she said."];
    double_quote_lower: "She turned to him, \"This is great.\" she said." => ["She turned to him, \"This is great.\" she said."];
    double_quote_upper: "She turned to him, \"This is great.\" She held the book out to show him." => ["She turned to him, \"This is great.\"", "She held the book out to show him."];
    double_exclamation: "Hello!! Long time no see." => ["Hello!!", "Long time no see."];
    double_question: "Hello?? Who is there?" => ["Hello??", "Who is there?"];
    interrobang_1: "Hello!? Is that you?" => ["Hello!?", "Is that you?"];
    interrobang_2: "Hello?! Is that you?" => ["Hello?!", "Is that you?"];
    list_dot_paren: "1.) The first item 2.) The second item" => ["1.) The first item", "2.) The second item"];
    list_dot_paren_end: "1.) The first item. 2.) The second item." => ["1.) The first item.", "2.) The second item."];
    list_paren: "1) The first item 2) The second item" => ["1) The first item", "2) The second item"];
    list_paren_end: "1) The first item. 2) The second item." => ["1) The first item.", "2) The second item."];
    list_dot_end: "1. The first item. 2. The second item." => ["1. The first item.", "2. The second item."];
    pdf_wrap: "This is a sentence\ncut off in the middle because pdf." => ["This is a sentence\ncut off in the middle because pdf."];
    pdf_wrap_space: "It was a cold \nnight in the city." => ["It was a cold \nnight in the city."];
    short_lines: "features\ncontact manager\nevents, activities\n" => ["features", "contact manager", "events, activities"];
    number_sign: "You can find it at N°. 1026.253.553. That is where the treasure is." => ["You can find it at N°. 1026.253.553.", "That is where the treasure is."];
    yahoo: "She works at Yahoo! in the accounting department." => ["She works at Yahoo! in the accounting department."];
    pronoun_i: "We make a good team, you and I. Did you see Albert I. Jones yesterday?" => ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"];
    spaced_ellipsis_quote: "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”" => ["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"];
    spaced_ellipsis_end: "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence." => ["If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .", "Next sentence."];
    four_dots: "I never meant that.... She left the store." => ["I never meant that....", "She left the store."];
    spaced_ellipsis_three: "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . ." => ["One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . .", "The practice was not abandoned. . . ."];

    // News.
    dateline: "WASHINGTON (Reuters) - The U.S. Senate voted 52-48 on Tuesday. The bill now goes to the House." => ["WASHINGTON (Reuters) - The U.S. Senate voted 52-48 on Tuesday.", "The bill now goes to the House."];
    titles: "Gov. Andrew Cuomo and Sen. Chuck Schumer met Dr. Fauci on Jan. 5, 2021." => ["Gov. Andrew Cuomo and Sen. Chuck Schumer met Dr. Fauci on Jan. 5, 2021."];
    no_word: "The answer is no. We will not pay." => ["The answer is no.", "We will not pay."];
    no_number: "He lives at No. 10 Downing Street." => ["He lives at No. 10 Downing Street."];
    inc_end: "Shares of Apple Inc. rose 2%. The index fell." => ["Shares of Apple Inc. rose 2%.", "The index fell."];
    quote_then_attribution: "“We will rebuild,” the mayor said. “It will take years.”" => ["“We will rebuild,” the mayor said.", "“It will take years.”"];
    headline_lines: "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier." => ["Ad sales boost Time Warner profit", "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier."];
    read_more: "Read more\nAdditionally, the unit used it." => ["Read more", "Additionally, the unit used it."];
    decimal_pct: "Inflation was 2.5% in May. It was 3.1% in June." => ["Inflation was 2.5% in May.", "It was 3.1% in June."];
    am_pm_lower: "The meeting starts at 9 a.m. tomorrow." => ["The meeting starts at 9 a.m. tomorrow."];
    bullets: "Key points:\n• Prices rose\n• Wages fell" => ["Key points:", "• Prices rose", "• Wages fell"];
    numbered_lines: "Steps:\n1. Open the file\n2. Save it" => ["Steps:", "1. Open the file", "2. Save it"];
    year_end: "It was founded in 1998. Today it employs 300 people." => ["It was founded in 1998.", "Today it employs 300 people."];
    question_in_quote: "“Why now?” she asked. Nobody answered." => ["“Why now?” she asked.", "Nobody answered."];
    colon_no_break: "The result: a 60% rise in usage." => ["The result: a 60% rise in usage."];
    etc_mid: "Apples, pears, etc. are sold here." => ["Apples, pears, etc. are sold here."];
    eg_mid: "Some fruit, e.g. apples, is cheap." => ["Some fruit, e.g. apples, is cheap."];
    vs_mid: "It was Arsenal vs. Chelsea on Sunday." => ["It was Arsenal vs. Chelsea on Sunday."];
    crlf: "First line.\r\nSecond line." => ["First line.", "Second line."];
    german: "Das ist gut. Wir gehen heim." => ["Das ist gut.", "Wir gehen heim."];
    french_quotes: "Il a dit « non ». Puis il est parti." => ["Il a dit « non ».", "Puis il est parti."];
    spanish: "¿Dónde está? ¡Aquí!" => ["¿Dónde está?", "¡Aquí!"];
    chinese: "他来了。我们走吧！" => ["他来了。", "我们走吧！"];
    hindi: "वह आया। हम चले।" => ["वह आया।", "हम चले।"];
    arabic_q: "هل أنت هنا؟ نعم" => ["هل أنت هنا؟", "نعم"];
}

// Known failures (rules that need semantics the splitter does not have):
// - "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the
//   store." wants a break after "P.M." but not after "a.m." before the same "Mr.".
// - "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I
//   didn’t mean it." wants no break before "I" after a spaced ellipsis.
// - "a. The first item b. The second item c. The third list item" (inline lettered lists).
