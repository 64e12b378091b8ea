"""claimsift: turn news text into structured, comparable numeric claims.

Offsets everywhere in the Python API are ``str`` indices (code points): ``text[x.start:x.end] == x.text``.

>>> import claimsift
>>> [t.text for t in claimsift.tokenize("Microsoft’s GPT-4 deal")]
['Microsoft', '’s', 'GPT-4', 'deal']
"""

from __future__ import annotations

from . import compare as compare  # noqa: E402 - a callable module: claimsift.compare(docs)
from ._claimsift import (
    ArrowTable as ArrowTable,
    Claim as Claim,
    ClaimsiftError as ClaimsiftError,
    ConfigError as ConfigError,
    Doc as Doc,
    DocumentError as DocumentError,
    GazetteerError as GazetteerError,
    InternalError as InternalError,
    Mention as Mention,
    Number as Number,
    Sentence as Sentence,
    SerializationError as SerializationError,
    Token as Token,
    __version__ as __version__,
    default_threads as default_threads,
    extract_claims as extract_claims,
    extract_claims_batch as extract_claims_batch,
    languages as languages,
    split_sentences as split_sentences,
    split_sentences_batch as split_sentences_batch,
    tokenize as tokenize,
    tokenize_batch as tokenize_batch,
    unit_info as unit_info,
    unit_names as unit_names,
)
from ._gazetteer import Gazetteer as Gazetteer
from ._pipeline import Pipeline as Pipeline, Tables as Tables

__all__ = [
    "ArrowTable",
    "Claim",
    "ClaimsiftError",
    "ConfigError",
    "Doc",
    "DocumentError",
    "Gazetteer",
    "GazetteerError",
    "InternalError",
    "Mention",
    "Number",
    "Pipeline",
    "SerializationError",
    "Sentence",
    "Tables",
    "Token",
    "__version__",
    "compare",
    "default_threads",
    "extract_claims",
    "extract_claims_batch",
    "languages",
    "split_sentences",
    "split_sentences_batch",
    "tokenize",
    "tokenize_batch",
    "unit_info",
    "unit_names",
]
