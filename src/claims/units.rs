//! The closed unit vocabulary: what a unit word is called and how it normalises.
//!
//! Names are singular and lower case (`hour`, `kilometre`, `terabyte`), currencies are ISO 4217
//! codes (`USD`, `EUR`, `ILS`). `normalised` is filled in only for a *scaled* unit: a metric
//! prefix or a multiple of a base (`terabyte` → 1e12 `byte`, `decade` → 10 `year`,
//! `kilometre` → 1000 `metre`). Units that are their own base (`hour`, `metre`, `percent`,
//! `USD`) are not normalised.

/// A unit: its name and, for scaled units, the base and the factor to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Unit {
    /// The name in the vocabulary.
    pub name: &'static str,
    /// `(base, factor)` for scaled units.
    pub base: Option<(&'static str, f64)>,
}

const fn u(name: &'static str) -> Unit {
    Unit { name, base: None }
}
const fn s(name: &'static str, base: &'static str, f: f64) -> Unit {
    Unit {
        name,
        base: Some((base, f)),
    }
}

/// Unit words that depend on case (`MB` bytes, `Mb` bits, `m` metres).
pub(crate) fn unit_cased(w: &str) -> Option<Unit> {
    Some(match w {
        "B" => u("byte"),
        "kB" | "KB" => s("kilobyte", "byte", 1e3),
        "MB" => s("megabyte", "byte", 1e6),
        "GB" => s("gigabyte", "byte", 1e9),
        "TB" => s("terabyte", "byte", 1e12),
        "PB" => s("petabyte", "byte", 1e15),
        "EB" => s("exabyte", "byte", 1e18),
        "kb" | "Kb" => s("kilobit", "bit", 1e3),
        "Mb" => s("megabit", "bit", 1e6),
        "Gb" => s("gigabit", "bit", 1e9),
        "Tb" => s("terabit", "bit", 1e12),
        "m" => u("metre"),
        "t" => s("tonne", "gram", 1e6),
        "g" => u("gram"),
        "h" => u("hour"),
        "s" => u("second"),
        "C" => u("degree Celsius"),
        "F" => u("degree Fahrenheit"),
        "W" => u("watt"),
        "J" => u("joule"),
        "V" => u("volt"),
        "l" | "L" => u("litre"),
        "x" | "X" => u("fold"),
        "pc" => u("percent"),
        "bp" | "bps" => u("basis point"),
        _ => return None,
    })
}

/// Unit words matched case-insensitively (the argument is lower case).
pub(crate) fn unit_word(w: &str) -> Option<Unit> {
    Some(match w {
        "%" | "percent" | "pct" | "pct." | "percentage" => u("percent"),
        "fold" => u("fold"),
        "second" | "seconds" | "sec" | "secs" => u("second"),
        "minute" | "minutes" | "min" | "mins" => u("minute"),
        "hour" | "hours" | "hr" | "hrs" => u("hour"),
        "day" | "days" => u("day"),
        "week" | "weeks" => u("week"),
        "month" | "months" => u("month"),
        "year" | "years" | "yr" | "yrs" => u("year"),
        "decade" | "decades" => s("decade", "year", 10.0),
        "century" | "centuries" => s("century", "year", 100.0),
        "millennium" | "millennia" => s("millennium", "year", 1000.0),
        "millisecond" | "milliseconds" | "ms" => s("millisecond", "second", 1e-3),
        "metre" | "metres" | "meter" | "meters" => u("metre"),
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => {
            s("kilometre", "metre", 1e3)
        }
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => s("centimetre", "metre", 1e-2),
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => s("millimetre", "metre", 1e-3),
        "nm" | "nanometre" | "nanometres" | "nanometer" | "nanometers" => s("nanometre", "metre", 1e-9),
        "mile" | "miles" | "mi" => u("mile"),
        "foot" | "feet" | "ft" => u("foot"),
        "inch" | "inches" => u("inch"),
        "yard" | "yards" | "yd" => u("yard"),
        "gram" | "grams" | "gramme" | "grammes" => u("gram"),
        "mg" | "milligram" | "milligrams" => s("milligram", "gram", 1e-3),
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" => {
            s("kilogram", "gram", 1e3)
        }
        "tonne" | "tonnes" | "ton" | "tons" | "metric" => s("tonne", "gram", 1e6),
        "lb" | "lbs" => u("pound"),
        "ounce" | "ounces" | "oz" => u("ounce"),
        "litre" | "litres" | "liter" | "liters" => u("litre"),
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => s("millilitre", "litre", 1e-3),
        "gallon" | "gallons" => u("gallon"),
        "cup" | "cups" => u("cup"),
        "tablespoon" | "tablespoons" | "tbsp" => u("tablespoon"),
        "teaspoon" | "teaspoons" | "tsp" => u("teaspoon"),
        "barrel" | "barrels" | "bbl" => u("barrel"),
        "hectare" | "hectares" | "ha" => s("hectare", "square metre", 1e4),
        "acre" | "acres" => u("acre"),
        "sqm" | "m2" => u("square metre"),
        "km2" => s("square kilometre", "square metre", 1e6),
        "sqft" => u("square foot"),
        "joule" | "joules" => u("joule"),
        "kj" | "kilojoule" | "kilojoules" => s("kilojoule", "joule", 1e3),
        "calorie" | "calories" | "kcal" => u("calorie"),
        "watt" | "watts" => u("watt"),
        "kw" | "kilowatt" | "kilowatts" => s("kilowatt", "watt", 1e3),
        "mw" | "megawatt" | "megawatts" => s("megawatt", "watt", 1e6),
        "gw" | "gigawatt" | "gigawatts" => s("gigawatt", "watt", 1e9),
        "kwh" => s("kilowatt hour", "watt hour", 1e3),
        "mwh" => s("megawatt hour", "watt hour", 1e6),
        "gwh" => s("gigawatt hour", "watt hour", 1e9),
        "twh" => s("terawatt hour", "watt hour", 1e12),
        "mph" => u("mile per hour"),
        "kph" | "kmh" | "kmph" => s("kilometre per hour", "metre per hour", 1e3),
        "knot" | "knots" => u("knot"),
        "byte" | "bytes" => u("byte"),
        "kilobyte" | "kilobytes" => s("kilobyte", "byte", 1e3),
        "megabyte" | "megabytes" => s("megabyte", "byte", 1e6),
        "gigabyte" | "gigabytes" => s("gigabyte", "byte", 1e9),
        "terabyte" | "terabytes" => s("terabyte", "byte", 1e12),
        "petabyte" | "petabytes" => s("petabyte", "byte", 1e15),
        "exabyte" | "exabytes" => s("exabyte", "byte", 1e18),
        "bit" | "bits" => u("bit"),
        "kilobit" | "kilobits" => s("kilobit", "bit", 1e3),
        "megabit" | "megabits" => s("megabit", "bit", 1e6),
        "gigabit" | "gigabits" => s("gigabit", "bit", 1e9),
        "terabit" | "terabits" => s("terabit", "bit", 1e12),
        "kbps" => s("kilobit per second", "bit per second", 1e3),
        "mbps" => s("megabit per second", "bit per second", 1e6),
        "gbps" => s("gigabit per second", "bit per second", 1e9),
        "tbps" => s("terabit per second", "bit per second", 1e12),
        "hz" | "hertz" => u("hertz"),
        "khz" => s("kilohertz", "hertz", 1e3),
        "mhz" | "megahertz" => s("megahertz", "hertz", 1e6),
        "ghz" | "gigahertz" => s("gigahertz", "hertz", 1e9),
        "degree" | "degrees" => u("degree"),
        "volt" | "volts" => u("volt"),
        "kv" => s("kilovolt", "volt", 1e3),
        "psi" => u("psi"),
        _ => return None,
    })
}

/// Currency words after a number (`10 dollars`, `500 shekels`); `None` in the pair means the
/// `$`-style ambiguous dollar (read as `ExtractOptions::dollar`).
pub(crate) fn currency_word(w: &str) -> Option<Option<&'static str>> {
    Some(match w {
        "dollar" | "dollars" => None,
        "euro" | "euros" => Some("EUR"),
        "pound" | "pounds" | "quid" => Some("GBP"),
        "sterling" => Some("GBP"),
        "yen" => Some("JPY"),
        "yuan" | "renminbi" => Some("CNY"),
        "rupee" | "rupees" => Some("INR"),
        "rouble" | "roubles" | "ruble" | "rubles" => Some("RUB"),
        "shekel" | "shekels" | "sheqel" | "sheqels" => Some("ILS"),
        "franc" | "francs" => Some("CHF"),
        "riyal" | "riyals" => Some("SAR"),
        "dirham" | "dirhams" => Some("AED"),
        "lira" | "liras" | "lire" => Some("TRY"),
        "hryvnia" | "hryvnias" => Some("UAH"),
        "naira" => Some("NGN"),
        "rand" => Some("ZAR"),
        "peso" | "pesos" => Some("MXN"),
        "real" | "reais" => Some("BRL"),
        "bitcoin" | "bitcoins" => Some("BTC"),
        "krona" | "kronor" => Some("SEK"),
        "krone" | "kroner" => Some("NOK"),
        "zloty" | "zlotys" | "zlotych" => Some("PLN"),
        "forint" | "forints" => Some("HUF"),
        "koruna" | "korunas" => Some("CZK"),
        "ringgit" => Some("MYR"),
        "baht" => Some("THB"),
        "rupiah" => Some("IDR"),
        "leu" | "lei" => Some("RON"),
        "lev" | "leva" => Some("BGN"),
        "taka" => Some("BDT"),
        "cedi" | "cedis" => Some("GHS"),
        "kwacha" => Some("ZMW"),
        _ => return None,
    })
}

/// A currency named by a nationality (`Australian dollars`, `Swiss francs`,
/// `Hong Kong dollars`): `a` and `b` are the lower-cased words before the currency word `c`
/// (`a` empty for a one-word nationality).
pub(crate) fn national_currency(a: &str, b: &str, c: &str) -> Option<&'static str> {
    let dollar = matches!(c, "dollar" | "dollars");
    Some(match (a, b) {
        ("", "australian") if dollar => "AUD",
        ("", "canadian") if dollar => "CAD",
        ("", "singapore" | "singaporean") if dollar => "SGD",
        ("", "taiwan" | "taiwanese") if dollar => "TWD",
        ("", "american") if dollar => "USD",
        ("hong", "kong") if dollar => "HKD",
        ("new", "zealand") if dollar => "NZD",
        ("", "swiss") if matches!(c, "franc" | "francs") => "CHF",
        ("", "danish") if matches!(c, "krone" | "kroner") => "DKK",
        ("", "norwegian") if matches!(c, "krone" | "kroner") => "NOK",
        ("", "swedish") if matches!(c, "krona" | "kronor") => "SEK",
        ("", "indian") if matches!(c, "rupee" | "rupees") => "INR",
        ("", "pakistani") if matches!(c, "rupee" | "rupees") => "PKR",
        ("sri", "lankan") if matches!(c, "rupee" | "rupees") => "LKR",
        ("", "nepalese" | "nepali") if matches!(c, "rupee" | "rupees") => "NPR",
        ("south", "african") if c == "rand" => "ZAR",
        ("south", "korean") if c == "won" => "KRW",
        ("", "mexican") if matches!(c, "peso" | "pesos") => "MXN",
        ("", "argentine" | "argentinian") if matches!(c, "peso" | "pesos") => "ARS",
        ("", "philippine") if matches!(c, "peso" | "pesos") => "PHP",
        ("", "chilean") if matches!(c, "peso" | "pesos") => "CLP",
        ("", "colombian") if matches!(c, "peso" | "pesos") => "COP",
        ("", "egyptian") if matches!(c, "pound" | "pounds") => "EGP",
        ("", "lebanese") if matches!(c, "pound" | "pounds") => "LBP",
        ("", "british") if matches!(c, "pound" | "pounds") => "GBP",
        ("", "chinese") if matches!(c, "yuan") => "CNY",
        ("", "japanese") if c == "yen" => "JPY",
        ("", "turkish") if matches!(c, "lira" | "liras") => "TRY",
        ("", "brazilian") if matches!(c, "real" | "reais") => "BRL",
        ("", "russian") if matches!(c, "rouble" | "roubles" | "ruble" | "rubles") => "RUB",
        ("", "iraqi") if matches!(c, "dinar" | "dinars") => "IQD",
        ("", "jordanian") if matches!(c, "dinar" | "dinars") => "JOD",
        ("", "kuwaiti") if matches!(c, "dinar" | "dinars") => "KWD",
        ("", "saudi") if matches!(c, "riyal" | "riyals") => "SAR",
        ("", "qatari") if matches!(c, "riyal" | "riyals") => "QAR",
        ("", "iranian") if matches!(c, "rial" | "rials") => "IRR",
        ("", "kenyan") if matches!(c, "shilling" | "shillings") => "KES",
        ("", "ugandan") if matches!(c, "shilling" | "shillings") => "UGX",
        ("", "nigerian") if c == "naira" => "NGN",
        _ => return None,
    })
}

/// The hundredths of a currency, as the extractor's internal money tag (`cent:CAD`).
pub(crate) fn cents_of(code: &str) -> Option<&'static str> {
    Some(match code {
        "USD" => "cent:USD",
        "CAD" => "cent:CAD",
        "AUD" => "cent:AUD",
        "NZD" => "cent:NZD",
        "HKD" => "cent:HKD",
        "SGD" => "cent:SGD",
        "EUR" => "cent:EUR",
        "ZAR" => "cent:ZAR",
        _ => return None,
    })
}

/// ISO-style currency codes written as words (`NIS 200`, `200 USD`). Upper case only.
pub(crate) fn currency_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "INR" | "Rs" | "Rs." => "INR",
        "RUB" => "RUB",
        "CHF" => "CHF",
        "CAD" => "CAD",
        "AUD" => "AUD",
        "NZD" => "NZD",
        "HKD" => "HKD",
        "SGD" => "SGD",
        "ILS" | "NIS" => "ILS",
        "TRY" => "TRY",
        "UAH" => "UAH",
        "NGN" => "NGN",
        "ZAR" => "ZAR",
        "BRL" => "BRL",
        "MXN" => "MXN",
        "KRW" => "KRW",
        "SEK" => "SEK",
        "NOK" => "NOK",
        "DKK" => "DKK",
        "PLN" => "PLN",
        "EGP" => "EGP",
        "SAR" => "SAR",
        "AED" => "AED",
        "QAR" => "QAR",
        "PKR" => "PKR",
        "IRR" => "IRR",
        "BTC" => "BTC",
        _ => return None,
    })
}

/// Currency symbols; `None` is the ambiguous `$`.
pub(crate) fn currency_symbol(s: &str) -> Option<Option<&'static str>> {
    Some(match s {
        "$" => None,
        "€" => Some("EUR"),
        "£" => Some("GBP"),
        "¥" => Some("JPY"),
        "₪" => Some("ILS"),
        "₹" => Some("INR"),
        "₽" => Some("RUB"),
        "₩" => Some("KRW"),
        "₺" => Some("TRY"),
        "₴" => Some("UAH"),
        "₦" => Some("NGN"),
        "฿" => Some("THB"),
        "₱" => Some("PHP"),
        "₫" => Some("VND"),
        "₿" => Some("BTC"),
        _ => return None,
    })
}

/// Letters glued before `$` that name the dollar (`US$`, `A$`, `HK$`).
pub(crate) fn dollar_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "US" | "U.S." => "USD",
        "A" | "AU" => "AUD",
        "C" | "CA" | "Can" => "CAD",
        "NZ" => "NZD",
        "HK" => "HKD",
        "S" => "SGD",
        "R" => "BRL",
        "NT" => "TWD",
        "Mex" | "MX" => "MXN",
        _ => return None,
    })
}
