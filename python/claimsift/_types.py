"""Literal types of the public API (for type checkers; plain ``str`` at run time).

>>> from claimsift import BoundSymbol
>>> b: BoundSymbol = ">="
"""

from __future__ import annotations

from typing import Literal

#: A claim's bound: exactly (``=``), more than (``>``), at least (``>=``), less than (``<``),
#: at most (``<=``) or about (``~``).
BoundSymbol = Literal["=", ">", ">=", "<", "<=", "~"]
#: A claim's change direction (``Claim.change``), when the figure is a rise or a fall.
ChangeDirection = Literal["increase", "decrease"]
#: What a batch does with a bad record.
ErrorPolicy = Literal["raise", "skip", "collect"]
#: ``Token.kind``.
TokenKindName = Literal[
    "word",
    "number",
    "alnum",
    "punct",
    "clitic",
    "currency",
    "symbol",
    "url",
    "email",
    "hashtag",
    "handle",
    "emoji",
]
#: ``Number.kind``.
NumberKindName = Literal["quantity", "year", "date", "time", "identifier", "ordinal", "other"]

__all__ = ["BoundSymbol", "ChangeDirection", "ErrorPolicy", "NumberKindName", "TokenKindName"]
