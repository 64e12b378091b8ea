//! Arrow record batches of pipeline output (feature `arrow`).
//!
//! One table per item type, one row per item, each row carrying `doc_index` (the document's
//! position in the batch) and offsets. Offsets are in the unit the caller asks for: bytes for
//! Rust consumers, code points for Python (where `text[start:end]` must be the span's text).

use crate::error::{Error, Result};
use crate::gazetteer::Gazetteer;
use crate::pipeline::Document;
use crate::span::{CharIndex, Span};
use arrow_array::builder::{BooleanBuilder, Float64Builder, ListBuilder, StringBuilder, UInt64Builder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{ArrowError, DataType, Field, Schema};
use std::sync::Arc;

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
    /// One row per document: `doc_index`, counts, `error` (null when the document succeeded).
    pub documents: RecordBatch,
    /// One row per sentence.
    pub sentences: RecordBatch,
    /// One row per token (empty unless asked for: it is by far the largest table).
    pub tokens: RecordBatch,
    /// One row per entity mention.
    pub mentions: RecordBatch,
    /// One row per numeric expression (every kind).
    pub numbers: RecordBatch,
    /// One row per claim.
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
    fn off(&self, b: usize) -> u64 {
        match self.unit {
            OffsetUnit::Bytes => b as u64,
            OffsetUnit::Chars => self.idx.char_offset(b) as u64,
        }
    }
}

fn utf8(name: &str, nullable: bool) -> Field {
    Field::new(name, DataType::Utf8, nullable)
}
fn u64f(name: &str) -> Field {
    Field::new(name, DataType::UInt64, false)
}
fn list_utf8(name: &str) -> Field {
    Field::new(
        name,
        DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
        false,
    )
}

fn batch(fields: Vec<Field>, cols: Vec<ArrayRef>) -> Result<RecordBatch> {
    RecordBatch::try_new(Arc::new(Schema::new(fields)), cols).map_err(arrow_err)
}

/// Builds the tables for a batch. `texts[i]` is the text of `docs[i]`; a failed document gets a
/// row in `documents` with its error and nothing elsewhere.
pub fn build_tables(
    texts: &[&str],
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
    // documents
    let mut d_index = UInt64Builder::new();
    let mut d_chars = UInt64Builder::new();
    let mut d_tokens = UInt64Builder::new();
    let mut d_sents = UInt64Builder::new();
    let mut d_mentions = UInt64Builder::new();
    let mut d_numbers = UInt64Builder::new();
    let mut d_claims = UInt64Builder::new();
    let mut d_error = StringBuilder::new();
    // sentences
    let mut s_doc = UInt64Builder::new();
    let mut s_i = UInt64Builder::new();
    let mut s_start = UInt64Builder::new();
    let mut s_end = UInt64Builder::new();
    let mut s_para = UInt64Builder::new();
    let mut s_text = StringBuilder::new();
    // tokens
    let mut t_doc = UInt64Builder::new();
    let mut t_start = UInt64Builder::new();
    let mut t_end = UInt64Builder::new();
    let mut t_kind = StringBuilder::new();
    let mut t_text = StringBuilder::new();
    // mentions
    let mut m_doc = UInt64Builder::new();
    let mut m_start = UInt64Builder::new();
    let mut m_end = UInt64Builder::new();
    let mut m_text = StringBuilder::new();
    let mut m_id = StringBuilder::new();
    let mut m_ids = ListBuilder::new(StringBuilder::new());
    let mut m_type = StringBuilder::new();
    let mut m_alias = StringBuilder::new();
    let mut m_ambiguous = BooleanBuilder::new();
    // numbers
    let mut n_doc = UInt64Builder::new();
    let mut n_start = UInt64Builder::new();
    let mut n_end = UInt64Builder::new();
    let mut n_text = StringBuilder::new();
    let mut n_kind = StringBuilder::new();
    let mut n_value = Float64Builder::new();
    let mut n_iso = StringBuilder::new();
    let mut n_reason = StringBuilder::new();
    // claims
    let mut c_doc = UInt64Builder::new();
    let mut c_i = UInt64Builder::new();
    let mut c_start = UInt64Builder::new();
    let mut c_end = UInt64Builder::new();
    let mut c_text = StringBuilder::new();
    let mut c_num_start = UInt64Builder::new();
    let mut c_num_end = UInt64Builder::new();
    let mut c_num_text = StringBuilder::new();
    let mut c_value = Float64Builder::new();
    let mut c_value_max = Float64Builder::new();
    let mut c_value_from = Float64Builder::new();
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
    let mut c_sent_start = UInt64Builder::new();
    let mut c_sent_end = UInt64Builder::new();
    let mut c_entities = ListBuilder::new(StringBuilder::new());
    let mut c_attr_ids = ListBuilder::new(StringBuilder::new());
    let mut c_notes = StringBuilder::new();

    let opt_text = |b: &mut StringBuilder, text: &str, s: Option<Span>| match s {
        Some(s) => b.append_value(s.slice(text)),
        None => b.append_null(),
    };

    for (i, (text, doc)) in texts.iter().zip(docs).enumerate() {
        let di = i as u64;
        let conv = Conv {
            idx: CharIndex::new(text),
            unit,
        };
        d_index.append_value(di);
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
                continue;
            }
        };
        d_tokens.append_value(doc.tokens.len() as u64);
        d_sents.append_value(doc.sentences.len() as u64);
        d_mentions.append_value(doc.mentions.len() as u64);
        d_numbers.append_value(doc.numbers.len() as u64);
        d_claims.append_value(doc.claims.len() as u64);
        d_error.append_null();

        for (k, s) in doc.sentences.iter().enumerate() {
            s_doc.append_value(di);
            s_i.append_value(k as u64);
            s_start.append_value(conv.off(s.span.start));
            s_end.append_value(conv.off(s.span.end));
            s_para.append_value(s.paragraph as u64);
            s_text.append_value(s.span.slice(text));
        }
        if options.tokens {
            for t in &doc.tokens {
                t_doc.append_value(di);
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
        for m in &doc.mentions {
            m_doc.append_value(di);
            m_start.append_value(conv.off(m.span.start));
            m_end.append_value(conv.off(m.span.end));
            m_text.append_value(m.span.slice(text));
            m_id.append_option(m.entities.first().and_then(|&e| entity_id(e)));
            for &e in &m.entities {
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
            c_i.append_value(k as u64);
            c_start.append_value(conv.off(c.span.start));
            c_end.append_value(conv.off(c.span.end));
            c_text.append_value(c.span.slice(text));
            c_num_start.append_value(conv.off(c.num_span.start));
            c_num_end.append_value(conv.off(c.num_span.end));
            c_num_text.append_value(c.num_span.slice(text));
            c_value.append_value(c.value);
            c_value_max.append_option(c.value_max);
            c_value_from.append_option(c.value_from);
            c_unit.append_value(&c.unit);
            c_unit_class.append_value(&c.unit_class);
            c_norm_value.append_option(c.normalised.as_ref().map(|n| n.value));
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
            let mut seen: Vec<&str> = Vec::new();
            for &mi in doc.claim_mentions.get(k).map(Vec::as_slice).unwrap_or(&[]) {
                for &e in &doc.mentions[mi].entities {
                    if let Some(id) = entity_id(e) {
                        if !seen.contains(&id) {
                            seen.push(id);
                        }
                    }
                }
            }
            for id in &seen {
                c_entities.values().append_value(id);
            }
            c_entities.append(true);
            let mut seen: Vec<&str> = Vec::new();
            for &mi in doc.attribution_mentions.get(k).map(Vec::as_slice).unwrap_or(&[]) {
                for &e in &doc.mentions[mi].entities {
                    if let Some(id) = entity_id(e) {
                        if !seen.contains(&id) {
                            seen.push(id);
                        }
                    }
                }
            }
            for id in &seen {
                c_attr_ids.values().append_value(id);
            }
            c_attr_ids.append(true);
            if c.notes.is_empty() {
                c_notes.append_null();
            } else {
                c_notes.append_value(c.notes.join("; "));
            }
        }
    }

    let documents = batch(
        vec![
            u64f("doc_index"),
            u64f("n_chars"),
            u64f("n_tokens"),
            u64f("n_sentences"),
            u64f("n_mentions"),
            u64f("n_numbers"),
            u64f("n_claims"),
            utf8("error", true),
        ],
        vec![
            Arc::new(d_index.finish()),
            Arc::new(d_chars.finish()),
            Arc::new(d_tokens.finish()),
            Arc::new(d_sents.finish()),
            Arc::new(d_mentions.finish()),
            Arc::new(d_numbers.finish()),
            Arc::new(d_claims.finish()),
            Arc::new(d_error.finish()),
        ],
    )?;
    let sentences = batch(
        vec![
            u64f("doc_index"),
            u64f("sentence_index"),
            u64f("start"),
            u64f("end"),
            u64f("paragraph"),
            utf8("text", false),
        ],
        vec![
            Arc::new(s_doc.finish()),
            Arc::new(s_i.finish()),
            Arc::new(s_start.finish()),
            Arc::new(s_end.finish()),
            Arc::new(s_para.finish()),
            Arc::new(s_text.finish()),
        ],
    )?;
    let tokens = batch(
        vec![
            u64f("doc_index"),
            u64f("start"),
            u64f("end"),
            utf8("kind", false),
            utf8("text", false),
        ],
        vec![
            Arc::new(t_doc.finish()),
            Arc::new(t_start.finish()),
            Arc::new(t_end.finish()),
            Arc::new(t_kind.finish()),
            Arc::new(t_text.finish()),
        ],
    )?;
    let mentions = batch(
        vec![
            u64f("doc_index"),
            u64f("start"),
            u64f("end"),
            utf8("text", false),
            utf8("entity_id", true),
            list_utf8("entity_ids"),
            utf8("entity_type", true),
            utf8("alias", true),
            Field::new("ambiguous", DataType::Boolean, false),
        ],
        vec![
            Arc::new(m_doc.finish()),
            Arc::new(m_start.finish()),
            Arc::new(m_end.finish()),
            Arc::new(m_text.finish()),
            Arc::new(m_id.finish()),
            Arc::new(m_ids.finish()),
            Arc::new(m_type.finish()),
            Arc::new(m_alias.finish()),
            Arc::new(m_ambiguous.finish()),
        ],
    )?;
    let numbers = batch(
        vec![
            u64f("doc_index"),
            u64f("start"),
            u64f("end"),
            utf8("text", false),
            utf8("kind", false),
            Field::new("value", DataType::Float64, true),
            utf8("iso", true),
            utf8("reason", true),
        ],
        vec![
            Arc::new(n_doc.finish()),
            Arc::new(n_start.finish()),
            Arc::new(n_end.finish()),
            Arc::new(n_text.finish()),
            Arc::new(n_kind.finish()),
            Arc::new(n_value.finish()),
            Arc::new(n_iso.finish()),
            Arc::new(n_reason.finish()),
        ],
    )?;
    let claims = batch(
        vec![
            u64f("doc_index"),
            u64f("claim_index"),
            u64f("start"),
            u64f("end"),
            utf8("text", false),
            u64f("num_start"),
            u64f("num_end"),
            utf8("num_text", false),
            Field::new("value", DataType::Float64, false),
            Field::new("value_max", DataType::Float64, true),
            Field::new("value_from", DataType::Float64, true),
            utf8("unit", false),
            utf8("unit_class", false),
            Field::new("normalised_value", DataType::Float64, true),
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
            u64f("sentence_start"),
            u64f("sentence_end"),
            list_utf8("entity_ids"),
            list_utf8("attribution_ids"),
            utf8("notes", true),
        ],
        vec![
            Arc::new(c_doc.finish()),
            Arc::new(c_i.finish()),
            Arc::new(c_start.finish()),
            Arc::new(c_end.finish()),
            Arc::new(c_text.finish()),
            Arc::new(c_num_start.finish()),
            Arc::new(c_num_end.finish()),
            Arc::new(c_num_text.finish()),
            Arc::new(c_value.finish()),
            Arc::new(c_value_max.finish()),
            Arc::new(c_value_from.finish()),
            Arc::new(c_unit.finish()),
            Arc::new(c_unit_class.finish()),
            Arc::new(c_norm_value.finish()),
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
            Arc::new(c_attr_ids.finish()),
            Arc::new(c_notes.finish()),
        ],
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
