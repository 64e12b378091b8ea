//! Reading entities from JSON, JSON Lines and CSV.

use super::{Alias, AliasOptions, CaseMode, Entity};
use crate::error::{Error, Result};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// An input format for entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// A JSON list of entity objects.
    Json,
    /// JSON Lines: one entity object per line (blank lines skipped).
    Jsonl,
    /// CSV with a header row: `id,name,type,aliases` (plus optional `abbreviations`,
    /// `demonyms`); aliases separated by `|` or `;`; every other column goes to metadata.
    Csv,
}

/// Reads entities.
///
/// An entity object has `id` (string or number), `name`, `type` (or `kind`), `aliases` (a list of
/// strings or of objects `{"text", "case", "stem", "possessive", "form"}`), and optionally
/// `abbreviations` (case-sensitive aliases with form `abbreviation`) and `demonyms` (aliases with
/// form `demonym`). A `meta` object and every other field go to [`Entity::meta`]. A name missing
/// from the aliases is added by the builder. Duplicate alias texts are merged (an abbreviation
/// or demonym entry sets the form of an alias already listed).
///
/// ```
/// use claimsift::gazetteer::{EntityReader, Format};
/// let csv = "id,name,type,aliases,country\nparis,Paris,GPE,Paree|City of Light,FR\n";
/// let es = EntityReader::new(Format::Csv).read_str(csv).unwrap();
/// assert_eq!(es[0].aliases.len(), 2);
/// assert_eq!(es[0].meta["country"], "FR");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct EntityReader {
    format: Format,
}

impl EntityReader {
    /// A reader for `format`.
    pub fn new(format: Format) -> Self {
        EntityReader { format }
    }

    /// Reads every entity.
    pub fn read(&self, reader: impl Read) -> Result<Vec<Entity>> {
        match self.format {
            Format::Json => {
                let v: Value = serde_json::from_reader(BufReader::new(reader))
                    .map_err(|e| Error::io(format!("invalid JSON: {e}")))?;
                let Value::Array(items) = v else {
                    return Err(Error::io("expected a JSON list of entity objects"));
                };
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| entity_from_value(v, &format!("entity #{i}")))
                    .collect()
            }
            Format::Jsonl => {
                let mut out = Vec::new();
                let mut r = BufReader::new(reader);
                let mut line = String::new();
                let mut n = 0usize;
                loop {
                    line.clear();
                    n += 1;
                    let got = r
                        .read_line(&mut line)
                        .map_err(|e| Error::io(format!("line {n}: {e}")))?;
                    if got == 0 {
                        break;
                    }
                    if line.trim().is_empty() {
                        continue;
                    }
                    let v: Value = serde_json::from_str(&line)
                        .map_err(|e| Error::io(format!("line {n}: invalid JSON: {e}")))?;
                    out.push(entity_from_value(v, &format!("line {n}"))?);
                }
                Ok(out)
            }
            Format::Csv => {
                let mut s = String::new();
                BufReader::new(reader)
                    .read_to_string(&mut s)
                    .map_err(|e| Error::io(format!("CSV: {e}")))?;
                read_csv(&s)
            }
        }
    }

    /// Reads every entity from a string.
    pub fn read_str(&self, s: &str) -> Result<Vec<Entity>> {
        self.read(s.as_bytes())
    }

    /// Reads a file, the format taken from its extension (`.json`, `.jsonl`, `.ndjson`, `.csv`).
    pub fn read_path(path: impl AsRef<Path>) -> Result<Vec<Entity>> {
        let path = path.as_ref();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let format = match ext.as_str() {
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::Jsonl,
            "csv" => Format::Csv,
            _ => {
                return Err(Error::io(format!(
                    "{}: unknown entity file extension {ext:?}; expected .json, .jsonl or .csv",
                    path.display()
                )))
            }
        };
        let f = std::fs::File::open(path).map_err(|e| Error::io(format!("{}: {e}", path.display())))?;
        EntityReader::new(format).read(f).map_err(|e| {
            let msg = format!("{}: {}", path.display(), e.message());
            match e {
                Error::Gazetteer { .. } => Error::gazetteer(msg),
                _ => Error::io(msg),
            }
        })
    }
}

fn string_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn add_alias(aliases: &mut Vec<Alias>, a: Alias) {
    if let Some(old) = aliases.iter_mut().find(|o| o.text == a.text) {
        if a.form.is_some() && a.form.as_deref() != Some("name") {
            old.form = a.form;
        }
        if old.options.is_none() {
            old.options = a.options;
        }
    } else {
        aliases.push(a);
    }
}

fn alias_from_value(v: &Value, what: &str) -> Result<Alias> {
    match v {
        Value::String(s) => Ok(Alias::new(s.as_str())),
        Value::Object(o) => {
            let text = o
                .get("text")
                .and_then(Value::as_str)
                .ok_or_else(|| Error::gazetteer(format!("{what}: alias object without a \"text\" string")))?;
            let mut a = Alias::new(text);
            a.form = o.get("form").and_then(Value::as_str).map(str::to_string);
            if o.contains_key("case") || o.contains_key("stem") || o.contains_key("possessive") {
                let mut opts = AliasOptions::default();
                if let Some(c) = o.get("case").and_then(Value::as_str) {
                    opts.case = CaseMode::parse(c)
                        .map_err(|e| Error::gazetteer(format!("{what}: {}", e.message())))?;
                }
                if let Some(b) = o.get("stem").and_then(Value::as_bool) {
                    opts.stem = b;
                }
                if let Some(b) = o.get("possessive").and_then(Value::as_bool) {
                    opts.possessive = b;
                }
                a.options = Some(opts);
            }
            Ok(a)
        }
        _ => Err(Error::gazetteer(format!(
            "{what}: an alias must be a string or an object, not {v}"
        ))),
    }
}

fn list<'v>(v: &'v Value, field: &str, what: &str) -> Result<Vec<&'v Value>> {
    match v {
        Value::Null => Ok(Vec::new()),
        Value::Array(a) => Ok(a.iter().collect()),
        Value::String(_) | Value::Object(_) => Ok(vec![v]),
        _ => Err(Error::gazetteer(format!("{what}: \"{field}\" must be a list"))),
    }
}

pub(crate) fn entity_from_value(v: Value, what: &str) -> Result<Entity> {
    let Value::Object(mut o) = v else {
        return Err(Error::gazetteer(format!("{what}: expected an entity object")));
    };
    let id = o
        .remove("id")
        .as_ref()
        .and_then(string_of)
        .ok_or_else(|| Error::gazetteer(format!("{what}: missing \"id\" (a string or number)")))?;
    let what = format!("{what} (id {id:?})");
    let mut aliases = Vec::new();
    if let Some(v) = o.remove("aliases") {
        for a in list(&v, "aliases", &what)? {
            add_alias(&mut aliases, alias_from_value(a, &what)?);
        }
    }
    if let Some(v) = o.remove("abbreviations") {
        for a in list(&v, "abbreviations", &what)? {
            let mut a = alias_from_value(a, &what)?;
            a.form.get_or_insert_with(|| "abbreviation".into());
            a.options.get_or_insert(AliasOptions {
                case: CaseMode::Sensitive,
                ..AliasOptions::default()
            });
            add_alias(&mut aliases, a);
        }
    }
    if let Some(v) = o.remove("demonyms") {
        for a in list(&v, "demonyms", &what)? {
            let mut a = alias_from_value(a, &what)?;
            a.form.get_or_insert_with(|| "demonym".into());
            add_alias(&mut aliases, a);
        }
    }
    let name = match o.remove("name") {
        Some(Value::String(s)) => s,
        None | Some(Value::Null) => match aliases.first() {
            Some(a) => a.text.clone(),
            None => return Err(Error::gazetteer(format!("{what}: missing \"name\""))),
        },
        Some(other) => {
            return Err(Error::gazetteer(format!(
                "{what}: \"name\" must be a string, not {other}"
            )))
        }
    };
    let kind = match o.remove("type").or_else(|| o.remove("kind")) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        Some(other) => {
            return Err(Error::gazetteer(format!(
                "{what}: \"type\" must be a string, not {other}"
            )))
        }
    };
    let mut meta: BTreeMap<String, Value> = BTreeMap::new();
    if let Some(Value::Object(m)) = o.get("meta") {
        let m: Map<String, Value> = m.clone();
        meta.extend(m);
        o.remove("meta");
    }
    meta.extend(o);
    Ok(Entity {
        id,
        name,
        kind,
        aliases,
        meta,
    })
}

/// Splits CSV text into records of fields (RFC 4180: quoted fields with `""` escapes and line
/// breaks inside quotes; CRLF or LF line ends).
pub(crate) fn parse_csv(s: &str) -> Result<Vec<Vec<String>>> {
    let s = s.strip_prefix('\u{FEFF}').unwrap_or(s);
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut chars = s.chars().peekable();
    let mut line = 1usize;
    let mut in_quotes = false;
    let mut was_quoted = false;
    let mut any = false;
    while let Some(c) = chars.next() {
        any = true;
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !was_quoted => {
                in_quotes = true;
                was_quoted = true;
            }
            '"' => {
                return Err(Error::io(format!(
                    "CSV line {line}: a quote inside an unquoted field"
                )))
            }
            ',' => {
                row.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                was_quoted = false;
                rows.push(std::mem::take(&mut row));
                line += 1;
                any = false;
            }
            _ if was_quoted => {
                return Err(Error::io(format!("CSV line {line}: text after a closing quote")));
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(Error::io(format!("CSV line {line}: unterminated quoted field")));
    }
    if any {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}

fn split_aliases(s: &str) -> impl Iterator<Item = &str> {
    s.split(['|', ';']).map(str::trim).filter(|a| !a.is_empty())
}

fn read_csv(s: &str) -> Result<Vec<Entity>> {
    let rows = parse_csv(s)?;
    let mut it = rows.into_iter().enumerate();
    let Some((_, header)) = it.next() else {
        return Ok(Vec::new());
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    let col = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
    let id_col = col("id").ok_or_else(|| Error::io("CSV: no \"id\" column in the header"))?;
    let name_col = col("name");
    let type_col = col("type").or_else(|| col("kind"));
    let alias_col = col("aliases");
    let abbr_col = col("abbreviations");
    let dem_col = col("demonyms");
    let known = [Some(id_col), name_col, type_col, alias_col, abbr_col, dem_col];
    let mut out = Vec::new();
    for (r, row) in it {
        let line = r + 1;
        if row.len() == 1 && row[0].trim().is_empty() {
            continue;
        }
        if row.len() != header.len() {
            return Err(Error::io(format!(
                "CSV record {line}: {} fields, but the header has {}",
                row.len(),
                header.len()
            )));
        }
        let get = |c: Option<usize>| c.map(|c| row[c].trim()).filter(|s| !s.is_empty());
        let id = row[id_col].trim().to_string();
        let mut aliases = Vec::new();
        for a in get(alias_col).map(split_aliases).into_iter().flatten() {
            add_alias(&mut aliases, Alias::new(a));
        }
        for a in get(abbr_col).map(split_aliases).into_iter().flatten() {
            let opts = AliasOptions {
                case: CaseMode::Sensitive,
                ..AliasOptions::default()
            };
            add_alias(
                &mut aliases,
                Alias::new(a).with_form("abbreviation").with_options(opts),
            );
        }
        for a in get(dem_col).map(split_aliases).into_iter().flatten() {
            add_alias(&mut aliases, Alias::new(a).with_form("demonym"));
        }
        let name = match get(name_col) {
            Some(n) => n.to_string(),
            None => match aliases.first() {
                Some(a) => a.text.clone(),
                None => {
                    return Err(Error::gazetteer(format!(
                        "CSV record {line} (id {id:?}): no name"
                    )))
                }
            },
        };
        let mut meta = BTreeMap::new();
        for (c, h) in header.iter().enumerate() {
            if !known.contains(&Some(c)) && !row[c].is_empty() {
                meta.insert(h.clone(), Value::String(row[c].clone()));
            }
        }
        out.push(Entity {
            id,
            name,
            kind: get(type_col).map(str::to_string),
            aliases,
            meta,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_errors() {
        let rows = parse_csv("a,b\r\n\"x,\"\"y\"\"\nz\",w\n").unwrap();
        assert_eq!(rows, vec![vec!["a", "b"], vec!["x,\"y\"\nz", "w"]]);
        assert!(parse_csv("a,\"b").is_err());
        assert!(parse_csv("a,b\"c\n").is_err());
        let es = EntityReader::new(Format::Csv)
            .read_str("id,name,type,aliases,abbreviations\nus,United States,GPE,America;USA,US|U.S.\n")
            .unwrap();
        let e = &es[0];
        assert_eq!(
            e.aliases.iter().map(|a| a.text.as_str()).collect::<Vec<_>>(),
            ["America", "USA", "US", "U.S."]
        );
        assert_eq!(e.aliases[2].form.as_deref(), Some("abbreviation"));
        assert!(EntityReader::new(Format::Csv)
            .read_str("id,name\nx,y,z\n")
            .is_err());
        assert!(EntityReader::new(Format::Csv).read_str("name\nx\n").is_err());
    }

    #[test]
    fn json_fields() {
        let es = EntityReader::new(Format::Json)
            .read_str(r#"[{"id": 7, "name": "Israel", "type": "GPE", "aliases": ["Israel", {"text": "ISR", "case": "insensitive"}],
                "demonyms": ["Israeli"], "abbreviations": ["ISR"], "part_of": null, "note": "x"}]"#)
            .unwrap();
        let e = &es[0];
        assert_eq!(e.id, "7");
        assert_eq!(e.aliases.len(), 3);
        assert_eq!(e.aliases[1].form.as_deref(), Some("abbreviation"));
        assert_eq!(e.aliases[1].options.as_ref().unwrap().case, CaseMode::Insensitive);
        assert_eq!(e.aliases[2].form.as_deref(), Some("demonym"));
        assert_eq!(e.meta["note"], "x");
        assert!(e.meta.contains_key("part_of"));
        assert!(EntityReader::new(Format::Json)
            .read_str(r#"[{"name": "x"}]"#)
            .is_err());
        assert!(EntityReader::new(Format::Json)
            .read_str(r#"{"id": "x"}"#)
            .is_err());
        assert!(EntityReader::new(Format::Jsonl)
            .read_str("{\"id\": \"a\", \"name\": \"A\"}\n\nnot json\n")
            .is_err());
    }
}
