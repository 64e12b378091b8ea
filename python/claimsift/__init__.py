"""claimsift: turn news text into structured, comparable numeric claims.

Offsets everywhere in the Python API are ``str`` indices (code points): ``text[x.start:x.end] == x.text``.

>>> import claimsift
>>> [t.text for t in claimsift.tokenize("Microsoft’s GPT-4 deal")]
['Microsoft', '’s', 'GPT-4', 'deal']
"""

from __future__ import annotations

from ._claimsift import (
    ArrowTable as ArrowTable,
    Block as Block,
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
    claim_languages as claim_languages,
    default_threads as default_threads,
    extract_claims as extract_claims,
    extract_claims_batch as extract_claims_batch,
    languages as languages,
    max_threads as max_threads,
    split_sentences as split_sentences,
    split_sentences_batch as split_sentences_batch,
    tokenize as tokenize,
    tokenize_batch as tokenize_batch,
    unit_info as unit_info,
    unit_names as unit_names,
)
from ._compare import (
    ClaimEntry as ClaimEntry,
    Comparison as Comparison,
    MeasureGroup as MeasureGroup,
    compare as compare,
)
from ._gazetteer import Gazetteer as Gazetteer
from ._pipeline import Pipeline as Pipeline, Tables as Tables
from ._types import (
    BoundSymbol as BoundSymbol,
    ChangeDirection as ChangeDirection,
    ErrorPolicy as ErrorPolicy,
    NumberKindName as NumberKindName,
    TokenKindName as TokenKindName,
)

__all__ = [
    "ArrowTable",
    "BoundSymbol",
    "ChangeDirection",
    "ErrorPolicy",
    "NumberKindName",
    "TokenKindName",
    "Block",
    "Claim",
    "ClaimEntry",
    "ClaimsiftError",
    "Comparison",
    "ConfigError",
    "Doc",
    "DocumentError",
    "Gazetteer",
    "GazetteerError",
    "InternalError",
    "MeasureGroup",
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
    "claim_languages",
    "languages",
    "max_threads",
    "split_sentences",
    "split_sentences_batch",
    "tokenize",
    "tokenize_batch",
    "unit_info",
    "unit_names",
]
