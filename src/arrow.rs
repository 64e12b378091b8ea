//! Arrow record batches of pipeline output (feature `arrow`).
//!
//! One table per item type, one row per item. The schema is documented column by column in
//! `docs/schema.md` (the one place it is described; `tests/python/test_schema.py` checks that
//! document against the tables). The design rules, as a database designer would want them:
//!
//! - **Every table carries `doc_index`** (the document's position in the batch, the join key)
//!   and **`doc_id`** (the caller's id, null when none was given), and every item table carries
//!   **`sentence_index`**, so any two tables join without recomputing offsets.
//! - **Integers are signed 64-bit** (`Int64`): `start_char - 100` is negative in pandas, polars
//!   and SQL instead of wrapping to 18446744073709551516.
//! - **Offset columns name their unit**: `start_char` / `end_char` when offsets are code points
//!   (Python `str` indices), `start_byte` / `end_byte` for UTF-8 bytes. This also keeps SQL
//!   reserved words (`end`) out of the column names: DuckDB and Postgres read them unquoted.
//! - **Entity names stand beside their ids** (`entity_id` + `entity_name`, `entity_ids` +
//!   `entity_names`), and lists are Arrow lists, never JSON strings.
//! - The schema metadata says which unit the offsets are in (`claimsift.offset_unit`) and the
//!   schema version (`claimsift.schema_version`).

use crate::error::{Error, Result};
use crate::gazetteer::Gazetteer;
use crate::pipeline::Document;
use crate::span::{CharIndex, Span};
use arrow_array::builder::{BooleanBuilder, Float64Builder, Int64Builder, ListBuilder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{ArrowError, DataType, Field, Schema};
use std::collections::HashMap;
use std::sync::Arc;

/// Version of the table layout below (bumped on any rename, retype or removal of a column).
/// Version 2: signed offsets, unit-named offset columns, `doc_id` and `sentence_index` on every
/// table, entity names, `normalised_value_max`, list-typed `notes`.
pub const SCHEMA_VERSION: &str = "2";

/// Unit of the offsets written to the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum OffsetUnit {
    /// UTF-8 byte offsets (Rust).
    Bytes,
    /// Unicode code points (Python `str` indices).
    Chars,
}

/// The output of a batch as Arrow record batches.
#[derive(Debug, Clone)]
pub struct Tables {
    /// One row per document: `doc_index`, counts, `error` (null when the document succeeded),
    /// the page's `date` (ISO `YYYY-MM-DD`) and `outlet` where the page states them, the
    /// document's `lang` (fixed or detected; null for an error row) and its `notes` joined with
    /// `"; "` (null when none; e.g. a detected language without claim rules).
    pub documents: RecordBatch,
    /// One row per sentence.
    pub sentences: RecordBatch,
    /// One row per token (empty unless asked for: it is by far the largest table).
    pub tokens: RecordBatch,
    /// One row per entity mention.
    pub mentions: RecordBatch,
    /// One row per numeric expression (every kind).
    pub numbers: RecordBatch,
    /// One row per claim (`block`: the kind of page block it stands in, or null).
    pub claims: RecordBatch,
}

/// Which optional tables to fill.
#[derive(Debug, Clone, Copy, Default)]
pub struct TableOptions {
    /// Fill the token table.
    pub tokens: bool,
}

fn arrow_err(e: ArrowError) -> Error {
    Error::Internal {
        message: format!("arrow: {e}"),
    }
}

struct Conv {
    idx: CharIndex,
    unit: OffsetUnit,
}

impl Conv {
    fn off(&self, b: usize) -> i64 {
        match self.unit {
            OffsetUnit::Bytes => b as i64,
            OffsetUnit::Chars => self.idx.char_offset(b) as i64,
        }
    }
}

impl OffsetUnit {
    /// Suffix of the offset column names: `char` or `byte` (`start_char`, `end_byte`).
    pub fn suffix(self) -> &'static str {
        match self {
            OffsetUnit::Bytes => "byte",
            OffsetUnit::Chars => "char",
        }
    }
}

/// Index of the sentence holding byte `b` (sentences sorted by start), or None in a gap.
fn sentence_of(sents: &[crate::Sentence], b: usize) -> Option<i64> {
    let k = sents.partition_point(|s| s.span.start <= b);
    (k > 0 && b < sents[k - 1].span.end.max(sents[k - 1].span.start + 1)).then(|| (k - 1) as i64)
}

fn utf8(name: &str, nullable: bool) -> Field {
    Field::new(name, DataType::Utf8, nullable)
}
fn i64f(name: &str) -> Field {
    Field::new(name, DataType::Int64, false)
}
fn i64n(name: &str) -> Field {
    Field::new(name, DataType::Int64, true)
}
fn list_utf8(name: &str) -> Field {
    Field::new(
        name,
        DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
        false,
    )
}

fn batch(fields: Vec<Field>, cols: Vec<ArrayRef>, unit: OffsetUnit) -> Result<RecordBatch> {
    let meta = HashMap::from([
        ("claimsift.offset_unit".to_string(), unit.suffix().to_string()),
        ("claimsift.schema_version".to_string(), SCHEMA_VERSION.to_string()),
    ]);
    RecordBatch::try_new(Arc::new(Schema::new_with_metadata(fields, meta)), cols).map_err(arrow_err)
}

/// Builds the tables for a batch. `texts[i]` is the text of `docs[i]`; a failed document gets a
/// row in `documents` with its error and nothing elsewhere. `doc_id` is null in every row (see
/// [`build_tables_with_ids`]).
///
/// ```
/// use claimsift::arrow::{build_tables, OffsetUnit, TableOptions};
/// use claimsift::Pipeline;
///
/// let texts = ["Over 1,700 people died.", "Nothing here."];
/// let docs = Pipeline::default().process_batch(&texts, None)?;
/// let tables = build_tables(&texts, &docs, None, OffsetUnit::Bytes, TableOptions::default())?;
/// assert_eq!(tables.documents.num_rows(), 2);
/// assert_eq!(tables.claims.num_rows(), 1);
/// let schema = tables.claims.schema();
/// assert!(schema.field_with_name("end_byte").is_ok()); // offsets name their unit
/// assert!(schema.field_with_name("end").is_err()); // no SQL reserved words
/// # Ok::<(), claimsift::Error>(())
/// ```
pub fn build_tables(
    texts: &[&str],
    docs: &[Result<Document>],
    gazetteer: Option<&Gazetteer>,
    unit: OffsetUnit,
    options: TableOptions,
) -> Result<Tables> {
    build_tables_with_ids(texts, None, docs, gazetteer, unit, options)
}

/// As [`build_tables`], with the caller's document ids: `ids[i]` is written to the `doc_id`
/// column of every row of document `i` (null where `None`).
pub fn build_tables_with_ids(
    texts: &[&str],
    ids: Option<&[Option<&str>]>,
    docs: &[Result<Document>],
    gazetteer: Option<&Gazetteer>,
    unit: OffsetUnit,
    options: TableOptions,
) -> Result<Tables> {
    if texts.len() != docs.len() {
        return Err(Error::Internal {
            message: format!("{} texts for {} documents", texts.len(), docs.len()),
        });
    }
    if let Some(ids) = ids {
        if ids.len() != docs.len() {
            return Err(Error::Internal {
                message: format!("{} ids for {} documents", ids.len(), docs.len()),
            });
        }
    }
    // documents
    let mut d_index = Int64Builder::new();
    let mut d_chars = Int64Builder::new();
    let mut d_tokens = Int64Builder::new();
    let mut d_sents = Int64Builder::new();
    let mut d_mentions = Int64Builder::new();
    let mut d_numbers = Int64Builder::new();
    let mut d_claims = Int64Builder::new();
    let mut d_error = StringBuilder::new();
    let mut d_id = StringBuilder::new();
    let mut d_date = StringBuilder::new();
    let mut d_outlet = StringBuilder::new();
    let mut d_lang = StringBuilder::new();
    let mut d_notes = StringBuilder::new();
    // sentences
    let mut s_doc = Int64Builder::new();
    let mut s_id = StringBuilder::new();
    let mut s_i = Int64Builder::new();
    let mut s_start = Int64Builder::new();
    let mut s_end = Int64Builder::new();
    let mut s_para = Int64Builder::new();
    let mut s_text = StringBuilder::new();
    // tokens
    let mut t_doc = Int64Builder::new();
    let mut t_id = StringBuilder::new();
    let mut t_sent = Int64Builder::new();
    let mut t_i = Int64Builder::new();
    let mut t_start = Int64Builder::new();
    let mut t_end = Int64Builder::new();
    let mut t_kind = StringBuilder::new();
    let mut t_text = StringBuilder::new();
    // mentions
    let mut m_doc = Int64Builder::new();
    let mut m_docid = StringBuilder::new();
    let mut m_sent = Int64Builder::new();
    let mut m_name = StringBuilder::new();
    let mut m_names = ListBuilder::new(StringBuilder::new());
    let mut m_start = Int64Builder::new();
    let mut m_end = Int64Builder::new();
    let mut m_text = StringBuilder::new();
    let mut m_id = StringBuilder::new();
    let mut m_ids = ListBuilder::new(StringBuilder::new());
    let mut m_type = StringBuilder::new();
    let mut m_alias = StringBuilder::new();
    let mut m_ambiguous = BooleanBuilder::new();
    // numbers
    let mut n_doc = Int64Builder::new();
    let mut n_id = StringBuilder::new();
    let mut n_sent = Int64Builder::new();
    let mut n_start = Int64Builder::new();
    let mut n_end = Int64Builder::new();
    let mut n_text = StringBuilder::new();
    let mut n_kind = StringBuilder::new();
    let mut n_value = Float64Builder::new();
    let mut n_iso = StringBuilder::new();
    let mut n_reason = StringBuilder::new();
    // claims
    let mut c_doc = Int64Builder::new();
    let mut c_id = StringBuilder::new();
    let mut c_sent_i = Int64Builder::new();
    let mut c_norm_value_max = Float64Builder::new();
    let mut c_entity_names = ListBuilder::new(StringBuilder::new());
    let mut c_attr_names = ListBuilder::new(StringBuilder::new());
    let mut c_i = Int64Builder::new();
    let mut c_start = Int64Builder::new();
    let mut c_end = Int64Builder::new();
    let mut c_text = StringBuilder::new();
    let mut c_num_start = Int64Builder::new();
    let mut c_num_end = Int64Builder::new();
    let mut c_num_text = StringBuilder::new();
    let mut c_value = Float64Builder::new();
    let mut c_value_max = Float64Builder::new();
    let mut c_value_from = Float64Builder::new();
    let mut c_level = BooleanBuilder::new();
    let mut c_unit = StringBuilder::new();
    let mut c_unit_class = StringBuilder::new();
    let mut c_norm_value = Float64Builder::new();
    let mut c_norm_unit = StringBuilder::new();
    let mut c_bound = StringBuilder::new();
    let mut c_qual = StringBuilder::new();
    let mut c_vague = BooleanBuilder::new();
    let mut c_change = StringBuilder::new();
    let mut c_counted = StringBuilder::new();
    let mut c_counted_mod = StringBuilder::new();
    let mut c_per = StringBuilder::new();
    let mut c_attr = StringBuilder::new();
    let mut c_time = StringBuilder::new();
    let mut c_sent = StringBuilder::new();
    let mut c_sent_start = Int64Builder::new();
    let mut c_sent_end = Int64Builder::new();
    let mut c_entities = ListBuilder::new(StringBuilder::new());
    let mut c_attr_ids = ListBuilder::new(StringBuilder::new());
    let mut c_notes = ListBuilder::new(StringBuilder::new());
    let mut c_block = StringBuilder::new();
    let mut c_measure = StringBuilder::new();
    let mut c_scope = StringBuilder::new();
    let mut c_time_ref = StringBuilder::new();
    let mut c_role = StringBuilder::new();

    let opt_text = |b: &mut StringBuilder, text: &str, s: Option<Span>| match s {
        Some(s) => b.append_value(s.slice(text)),
        None => b.append_null(),
    };

    for (i, (text, doc)) in texts.iter().zip(docs).enumerate() {
        let di = i as i64;
        let doc_id = ids.and_then(|ids| ids[i]);
        let conv = Conv {
            idx: CharIndex::new(text),
            unit,
        };
        d_index.append_value(di);
        d_id.append_option(doc_id);
        d_chars.append_value(conv.off(text.len()));
        let doc = match doc {
            Ok(d) => d,
            Err(e) => {
                for b in [
                    &mut d_tokens,
                    &mut d_sents,
                    &mut d_mentions,
                    &mut d_numbers,
                    &mut d_claims,
                ] {
                    b.append_value(0);
                }
                d_error.append_value(e.to_string());
                d_date.append_null();
                d_outlet.append_null();
                d_lang.append_null();
                d_notes.append_null();
                continue;
            }
        };
        d_tokens.append_value(doc.tokens.len() as i64);
        d_sents.append_value(doc.sentences.len() as i64);
        d_mentions.append_value(doc.mentions.len() as i64);
        d_numbers.append_value(doc.numbers.len() as i64);
        d_claims.append_value(doc.claims.len() as i64);
        d_error.append_null();
        d_date.append_option(doc.page.date.map(|d| d.to_string()));
        d_outlet.append_option(doc.page.outlet.as_deref());
        d_lang.append_value(doc.lang.code());
        if doc.notes.is_empty() {
            d_notes.append_null();
        } else {
            d_notes.append_value(doc.notes.join("; "));
        }

        for (k, s) in doc.sentences.iter().enumerate() {
            s_doc.append_value(di);
            s_id.append_option(doc_id);
            s_i.append_value(k as i64);
            s_start.append_value(conv.off(s.span.start));
            s_end.append_value(conv.off(s.span.end));
            s_para.append_value(s.paragraph as i64);
            s_text.append_value(s.span.slice(text));
        }
        if options.tokens {
            let mut sent_k = 0usize;
            for (ti, t) in doc.tokens.iter().enumerate() {
                while sent_k < doc.sentences.len() && doc.sentences[sent_k].token_end <= ti {
                    sent_k += 1;
                }
                let in_sent = doc
                    .sentences
                    .get(sent_k)
                    .is_some_and(|s| s.token_start <= ti && ti < s.token_end);
                t_doc.append_value(di);
                t_id.append_option(doc_id);
                t_i.append_value(ti as i64);
                t_sent.append_option(in_sent.then_some(sent_k as i64));
                t_start.append_value(conv.off(t.span.start));
                t_end.append_value(conv.off(t.span.end));
                t_kind.append_value(t.kind.as_str());
                t_text.append_value(t.text(text));
            }
        }
        let entity_id = |e: u32| {
            gazetteer
                .and_then(|g| g.entities().get(e as usize))
                .map(|e| e.id.as_str())
        };
        let entity = |e: u32| gazetteer.and_then(|g| g.entities().get(e as usize));
        for m in &doc.mentions {
            m_doc.append_value(di);
            m_docid.append_option(doc_id);
            m_sent.append_option(sentence_of(&doc.sentences, m.span.start));
            m_name.append_option(
                m.entities
                    .first()
                    .and_then(|&e| entity(e))
                    .map(|e| e.name.as_str()),
            );
            for &e in m.entities.iter() {
                m_names.values().append_option(entity(e).map(|e| e.name.as_str()));
            }
            m_names.append(true);
            m_start.append_value(conv.off(m.span.start));
            m_end.append_value(conv.off(m.span.end));
            m_text.append_value(m.span.slice(text));
            m_id.append_option(m.entities.first().and_then(|&e| entity_id(e)));
            for &e in m.entities.iter() {
                m_ids.values().append_option(entity_id(e));
            }
            m_ids.append(true);
            let ent = m
                .entities
                .first()
                .and_then(|&e| gazetteer.and_then(|g| g.entities().get(e as usize)));
            m_type.append_option(ent.and_then(|e| e.kind.as_deref()));
            m_alias.append_option(
                gazetteer
                    .zip(m.entities.first().zip(m.aliases.first()))
                    .and_then(|(g, (&e, &a))| g.entity(e)?.aliases.get(a as usize))
                    .map(|a| a.text.as_str()),
            );
            m_ambiguous.append_value(m.entities.len() > 1);
        }
        for n in &doc.numbers {
            n_doc.append_value(di);
            n_id.append_option(doc_id);
            n_sent.append_option(sentence_of(&doc.sentences, n.span.start));
            n_start.append_value(conv.off(n.span.start));
            n_end.append_value(conv.off(n.span.end));
            n_text.append_value(n.span.slice(text));
            n_kind.append_value(n.kind.as_str());
            n_value.append_option(n.value);
            n_iso.append_option(n.iso.as_deref());
            n_reason.append_option(n.reason.as_deref());
        }
        for (k, c) in doc.claims.iter().enumerate() {
            c_doc.append_value(di);
            c_id.append_option(doc_id);
            c_i.append_value(k as i64);
            c_sent_i.append_option(sentence_of(&doc.sentences, c.sentence.start));
            c_start.append_value(conv.off(c.span.start));
            c_end.append_value(conv.off(c.span.end));
            c_text.append_value(c.span.slice(text));
            c_num_start.append_value(conv.off(c.num_span.start));
            c_num_end.append_value(conv.off(c.num_span.end));
            c_num_text.append_value(c.num_span.slice(text));
            c_value.append_value(c.value);
            c_value_max.append_option(c.value_max);
            c_value_from.append_option(c.value_from);
            c_level.append_value(c.level);
            c_unit.append_value(&c.unit);
            c_unit_class.append_value(&c.unit_class);
            c_norm_value.append_option(c.normalised.as_ref().map(|n| n.value));
            c_norm_value_max.append_option(c.normalised.as_ref().and_then(|n| n.value_max));
            c_norm_unit.append_option(c.normalised.as_ref().map(|n| n.unit.as_str()));
            c_bound.append_value(c.bound.as_str());
            opt_text(&mut c_qual, text, c.qualifier);
            c_vague.append_value(c.vague);
            c_change.append_option(c.change.map(|x| x.as_str()));
            opt_text(&mut c_counted, text, c.counted);
            opt_text(&mut c_counted_mod, text, c.counted_modifier);
            opt_text(&mut c_per, text, c.per);
            opt_text(&mut c_attr, text, c.attribution);
            opt_text(&mut c_time, text, c.time);
            c_sent.append_value(c.sentence.slice(text));
            c_sent_start.append_value(conv.off(c.sentence.start));
            c_sent_end.append_value(conv.off(c.sentence.end));
            // Entities of the claim's sentence (nearest first) and of its attribution, each once,
            // with their names beside the ids.
            let linked = |mentions: &[usize]| {
                let mut seen: Vec<&crate::Entity> = Vec::new();
                for &mi in mentions {
                    for &e in doc.mentions[mi].entities.iter() {
                        if let Some(ent) = entity(e) {
                            if !seen.iter().any(|s| s.id == ent.id) {
                                seen.push(ent);
                            }
                        }
                    }
                }
                seen
            };
            let ents = linked(doc.claim_mentions.get(k).map(Vec::as_slice).unwrap_or(&[]));
            for e in &ents {
                c_entities.values().append_value(&e.id);
                c_entity_names.values().append_value(&e.name);
            }
            c_entities.append(true);
            c_entity_names.append(true);
            let ents = linked(doc.attribution_mentions.get(k).map(Vec::as_slice).unwrap_or(&[]));
            for e in &ents {
                c_attr_ids.values().append_value(&e.id);
                c_attr_names.values().append_value(&e.name);
            }
            c_attr_ids.append(true);
            c_attr_names.append(true);
            for n in &c.notes {
                c_notes.values().append_value(n);
            }
            c_notes.append(true);
            c_block.append_option(c.block.map(|k| k.as_str()));
            c_measure.append_option(c.measure.as_deref());
            c_scope.append_option(c.scope.as_deref());
            c_time_ref.append_option(c.time_ref.map(crate::claims::time_ref_label));
            c_role.append_option(c.role.map(|r| r.as_str()));
        }
    }

    let u = unit.suffix();
    let start = format!("start_{u}");
    let end = format!("end_{u}");
    let documents = batch(
        vec![
            i64f("doc_index"),
            utf8("doc_id", true),
            i64f(&format!("n_{u}s")),
            i64f("n_tokens"),
            i64f("n_sentences"),
            i64f("n_mentions"),
            i64f("n_numbers"),
            i64f("n_claims"),
            utf8("error", true),
            utf8("date", true),
            utf8("outlet", true),
            utf8("lang", true),
            utf8("notes", true),
        ],
        vec![
            Arc::new(d_index.finish()),
            Arc::new(d_id.finish()),
            Arc::new(d_chars.finish()),
            Arc::new(d_tokens.finish()),
            Arc::new(d_sents.finish()),
            Arc::new(d_mentions.finish()),
            Arc::new(d_numbers.finish()),
            Arc::new(d_claims.finish()),
            Arc::new(d_error.finish()),
            Arc::new(d_date.finish()),
            Arc::new(d_outlet.finish()),
            Arc::new(d_lang.finish()),
            Arc::new(d_notes.finish()),
        ],
        unit,
    )?;
    let sentences = batch(
        vec![
            i64f("doc_index"),
            utf8("doc_id", true),
            i64f("sentence_index"),
            i64f(&start),
            i64f(&end),
            i64f("paragraph"),
            utf8("text", false),
        ],
        vec![
            Arc::new(s_doc.finish()),
            Arc::new(s_id.finish()),
            Arc::new(s_i.finish()),
            Arc::new(s_start.finish()),
            Arc::new(s_end.finish()),
            Arc::new(s_para.finish()),
            Arc::new(s_text.finish()),
        ],
        unit,
    )?;
    let tokens = batch(
        vec![
            i64f("doc_index"),
            utf8("doc_id", true),
            i64n("sentence_index"),
            i64f("token_index"),
            i64f(&start),
            i64f(&end),
            utf8("kind", false),
            utf8("text", false),
        ],
        vec![
            Arc::new(t_doc.finish()),
            Arc::new(t_id.finish()),
            Arc::new(t_sent.finish()),
            Arc::new(t_i.finish()),
            Arc::new(t_start.finish()),
            Arc::new(t_end.finish()),
            Arc::new(t_kind.finish()),
            Arc::new(t_text.finish()),
        ],
        unit,
    )?;
    let mentions = batch(
        vec![
            i64f("doc_index"),
            utf8("doc_id", true),
            i64n("sentence_index"),
            i64f(&start),
            i64f(&end),
            utf8("text", false),
            utf8("entity_id", true),
            utf8("entity_name", true),
            list_utf8("entity_ids"),
            list_utf8("entity_names"),
            utf8("entity_type", true),
            utf8("alias", true),
            Field::new("ambiguous", DataType::Boolean, false),
        ],
        vec![
            Arc::new(m_doc.finish()),
            Arc::new(m_docid.finish()),
            Arc::new(m_sent.finish()),
            Arc::new(m_start.finish()),
            Arc::new(m_end.finish()),
            Arc::new(m_text.finish()),
            Arc::new(m_id.finish()),
            Arc::new(m_name.finish()),
            Arc::new(m_ids.finish()),
            Arc::new(m_names.finish()),
            Arc::new(m_type.finish()),
            Arc::new(m_alias.finish()),
            Arc::new(m_ambiguous.finish()),
        ],
        unit,
    )?;
    let numbers = batch(
        vec![
            i64f("doc_index"),
            utf8("doc_id", true),
            i64n("sentence_index"),
            i64f(&start),
            i64f(&end),
            utf8("text", false),
            utf8("kind", false),
            Field::new("value", DataType::Float64, true),
            utf8("iso", true),
            utf8("reason", true),
        ],
        vec![
            Arc::new(n_doc.finish()),
            Arc::new(n_id.finish()),
            Arc::new(n_sent.finish()),
            Arc::new(n_start.finish()),
            Arc::new(n_end.finish()),
            Arc::new(n_text.finish()),
            Arc::new(n_kind.finish()),
            Arc::new(n_value.finish()),
            Arc::new(n_iso.finish()),
            Arc::new(n_reason.finish()),
        ],
        unit,
    )?;
    // TODO(units lane, issue 10): a `unit_class` column (Utf8: count, currency, percent, …) goes
    // right after `unit`, filled from `Claim::unit_class` once the claim carries it; the
    // normalised columns below already come from the one unit table (`claims::units`).
    let claims = batch(
        vec![
            i64f("doc_index"),
            utf8("doc_id", true),
            i64f("claim_index"),
            i64n("sentence_index"),
            i64f(&start),
            i64f(&end),
            utf8("text", false),
            i64f(&format!("num_start_{u}")),
            i64f(&format!("num_end_{u}")),
            utf8("num_text", false),
            Field::new("value", DataType::Float64, false),
            Field::new("value_max", DataType::Float64, true),
            Field::new("value_from", DataType::Float64, true),
            Field::new("level", DataType::Boolean, false),
            utf8("unit", false),
            utf8("unit_class", false),
            Field::new("normalised_value", DataType::Float64, true),
            Field::new("normalised_value_max", DataType::Float64, true),
            utf8("normalised_unit", true),
            utf8("bound", false),
            utf8("qualifier", true),
            Field::new("vague", DataType::Boolean, false),
            utf8("change", true),
            utf8("counted", true),
            utf8("counted_modifier", true),
            utf8("per", true),
            utf8("attribution", true),
            utf8("time", true),
            utf8("sentence", false),
            i64f(&format!("sentence_start_{u}")),
            i64f(&format!("sentence_end_{u}")),
            list_utf8("entity_ids"),
            list_utf8("entity_names"),
            list_utf8("attribution_ids"),
            list_utf8("attribution_names"),
            list_utf8("notes"),
            utf8("block", true),
            utf8("measure", true),
            utf8("scope", true),
            utf8("time_ref", true),
            utf8("role", true),
        ],
        vec![
            Arc::new(c_doc.finish()),
            Arc::new(c_id.finish()),
            Arc::new(c_i.finish()),
            Arc::new(c_sent_i.finish()),
            Arc::new(c_start.finish()),
            Arc::new(c_end.finish()),
            Arc::new(c_text.finish()),
            Arc::new(c_num_start.finish()),
            Arc::new(c_num_end.finish()),
            Arc::new(c_num_text.finish()),
            Arc::new(c_value.finish()),
            Arc::new(c_value_max.finish()),
            Arc::new(c_value_from.finish()),
            Arc::new(c_level.finish()),
            Arc::new(c_unit.finish()),
            Arc::new(c_unit_class.finish()),
            Arc::new(c_norm_value.finish()),
            Arc::new(c_norm_value_max.finish()),
            Arc::new(c_norm_unit.finish()),
            Arc::new(c_bound.finish()),
            Arc::new(c_qual.finish()),
            Arc::new(c_vague.finish()),
            Arc::new(c_change.finish()),
            Arc::new(c_counted.finish()),
            Arc::new(c_counted_mod.finish()),
            Arc::new(c_per.finish()),
            Arc::new(c_attr.finish()),
            Arc::new(c_time.finish()),
            Arc::new(c_sent.finish()),
            Arc::new(c_sent_start.finish()),
            Arc::new(c_sent_end.finish()),
            Arc::new(c_entities.finish()),
            Arc::new(c_entity_names.finish()),
            Arc::new(c_attr_ids.finish()),
            Arc::new(c_attr_names.finish()),
            Arc::new(c_notes.finish()),
            Arc::new(c_block.finish()),
            Arc::new(c_measure.finish()),
            Arc::new(c_scope.finish()),
            Arc::new(c_time_ref.finish()),
            Arc::new(c_role.finish()),
        ],
        unit,
    )?;
    Ok(Tables {
        documents,
        sentences,
        tokens,
        mentions,
        numbers,
        claims,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;
    use arrow_array::cast::AsArray;
    use arrow_array::types::Int64Type;

    fn tables(unit: OffsetUnit) -> (Vec<&'static str>, Tables) {
        let texts = vec!["Prices rose 5%. Café owners paid €10 million.", "No figures."];
        let docs = Pipeline::default().process_batch(&texts, Some(1)).unwrap();
        let ids = [Some("a"), None];
        let t = build_tables_with_ids(
            &texts,
            Some(&ids),
            &docs,
            None,
            unit,
            TableOptions { tokens: true },
        )
        .unwrap();
        (texts, t)
    }

    #[test]
    fn every_table_has_join_keys_and_signed_offsets() {
        let (_, t) = tables(OffsetUnit::Chars);
        for b in [
            &t.documents,
            &t.sentences,
            &t.tokens,
            &t.mentions,
            &t.numbers,
            &t.claims,
        ] {
            let s = b.schema();
            assert_eq!(s.field(0).name(), "doc_index");
            assert_eq!(s.field(1).name(), "doc_id");
            assert!(s
                .fields()
                .iter()
                .all(|f| !matches!(f.data_type(), DataType::UInt64)));
            assert!(s
                .fields()
                .iter()
                .all(|f| f.name() != "end" && f.name() != "start"));
            assert_eq!(s.metadata()["claimsift.offset_unit"], "char");
        }
        let ids = t.claims.column_by_name("doc_id").unwrap().as_string::<i32>();
        assert_eq!(ids.value(0), "a");
        let d_ids = t.documents.column_by_name("doc_id").unwrap();
        assert!(d_ids.is_null(1));
        let sent = t
            .claims
            .column_by_name("sentence_index")
            .unwrap()
            .as_primitive::<Int64Type>();
        assert_eq!((sent.value(0), sent.value(1)), (0, 1));
    }

    #[test]
    fn offset_columns_name_their_unit() {
        let (texts, bytes) = tables(OffsetUnit::Bytes);
        let (_, chars) = tables(OffsetUnit::Chars);
        let col =
            |b: &RecordBatch, n: &str| b.column_by_name(n).unwrap().as_primitive::<Int64Type>().value(1);
        // "€10 million" comes after "Café" (é is 2 bytes) and is itself one char of 3 bytes
        let (bs, be) = (col(&bytes.claims, "start_byte"), col(&bytes.claims, "end_byte"));
        assert_eq!(&texts[0][bs as usize..be as usize], "€10 million");
        let (cs, ce) = (col(&chars.claims, "start_char"), col(&chars.claims, "end_char"));
        assert_eq!((bs - cs, be - ce), (1, 3));
        assert!(bytes.documents.schema().field_with_name("n_bytes").is_ok());
        assert!(bytes.claims.schema().field_with_name("num_start_byte").is_ok());
    }
}
