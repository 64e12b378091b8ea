"""Type stubs for the native module. Offsets are Python ``str`` indices (code points).

Users import from ``claimsift``, never from here; the docstrings below are what IDE hovers show.
"""

from typing import Any, Callable, Iterable, Iterator, Literal, Optional, Union, final, overload

from ._types import BoundSymbol, ChangeDirection, ErrorPolicy, NumberKindName, TokenKindName

__all__ = [
    "ArrowTable",
    "Block",
    "Claim",
    "ClaimsiftError",
    "Comparator",
    "ConfigError",
    "Doc",
    "DocumentError",
    "Gazetteer",
    "GazetteerError",
    "InternalError",
    "Mention",
    "Number",
    "Pipeline",
    "Sentence",
    "SerializationError",
    "Token",
    "__version__",
    "_unpickle",
    "_with_pool_registry_locked",
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
    "comparable_class",
    "unit_info",
    "unit_names",
]

__version__: str

class ClaimsiftError(Exception):
    """Base class of every claimsift error."""

class GazetteerError(ClaimsiftError):
    """A bad entity list or gazetteer file (names the entity or alias)."""

class ConfigError(ClaimsiftError):
    """A bad option: unknown language, thread count, policy name."""

class SerializationError(ClaimsiftError):
    """A bad or incompatible pickle or gazetteer byte string."""

class InternalError(ClaimsiftError):
    """A caught internal panic (a bug: please report it with the document)."""

class DocumentError(ClaimsiftError):
    """One document of a batch failed (the message names its index)."""

@final
class Token:
    """A token. ``text[t.start:t.end] == t.text`` (code points).

    >>> t = claimsift.tokenize("GPT-4 deal")[0]
    >>> (t.text, t.kind, t.start, t.end)
    ('GPT-4', 'alnum', 0, 5)
    """

    @property
    def start(self) -> int:
        """Start offset (code points)."""
    @property
    def end(self) -> int:
        """End offset (code points, exclusive)."""
    @property
    def text(self) -> str:
        """The token's text."""
    @property
    def kind(self) -> TokenKindName:
        """word, number, alnum, punct, clitic, currency, symbol, url, email, hashtag, handle or emoji."""
    @property
    def lower(self) -> str:
        """Lower-cased text."""
    @property
    def norm(self) -> str:
        """Normalised form: NFKC, curly quotes and dashes folded, full case folding."""
    @property
    def stem(self) -> str:
        """Snowball stem of the normalised form, in the document's language."""
    @property
    def lang(self) -> str:
        """Language code used for the stem."""
    def __len__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]:
        """A plain dict: start, end, text, kind, norm, stem."""
    def __reduce__(self) -> Any: ...

@final
class Sentence:
    """A sentence. ``text[s.start:s.end] == s.text`` (code points).

    >>> [s.text for s in claimsift.split_sentences("Prices rose 5%. Wages did not.")]
    ['Prices rose 5%.', 'Wages did not.']
    """

    @property
    def start(self) -> int:
        """Start offset (code points)."""
    @property
    def end(self) -> int:
        """End offset (code points, exclusive)."""
    @property
    def text(self) -> str:
        """The sentence's text."""
    @property
    def paragraph(self) -> int:
        """Index of the paragraph holding the sentence."""
    @property
    def token_start(self) -> int:
        """Index of its first token in the document's token list."""
    @property
    def token_end(self) -> int:
        """One past its last token."""
    def to_dict(self) -> dict[str, Any]:
        """A plain dict: start, end, text, paragraph."""
    def __reduce__(self) -> Any: ...

@final
class Block:
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def off_article(self) -> bool: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __reduce__(self) -> Any: ...

@final
class Number:
    """Any numeric expression with its kind; the quantities among them are the claims.

    >>> [(n.text, n.kind) for n in claimsift.Pipeline()("In 2024, 5 dogs.").numbers]
    [('2024', 'year'), ('5', 'quantity')]
    """

    @property
    def start(self) -> int:
        """Start offset (code points)."""
    @property
    def end(self) -> int:
        """End offset (code points, exclusive)."""
    @property
    def text(self) -> str:
        """The expression's text."""
    @property
    def kind(self) -> NumberKindName:
        """quantity, year, date, time, identifier, ordinal or other."""
    @property
    def value(self) -> Optional[float]:
        """Its value, where one applies."""
    @property
    def iso(self) -> Optional[str]:
        """ISO 8601 (partial) form of years and dates."""
    @property
    def reason(self) -> Optional[str]:
        """Why it has this kind (why it is not a claim)."""
    @property
    def is_claim(self) -> bool:
        """True for quantities."""
    def to_dict(self) -> dict[str, Any]:
        """A plain dict: start, end, text, kind, value, iso, reason."""
    def __reduce__(self) -> Any: ...

@final
class Mention:
    """An entity mention found by a :class:`Gazetteer` (offsets in code points)."""

    @property
    def start(self) -> int:
        """Start offset (code points)."""
    @property
    def end(self) -> int:
        """End offset (code points, exclusive)."""
    @property
    def text(self) -> str:
        """The mention's text."""
    @property
    def id(self) -> Optional[str]:
        """Id of the first entity (see ``ids`` for ambiguous aliases)."""
    @property
    def ids(self) -> list[str]:
        """Ids of every entity the alias names."""
    @property
    def name(self) -> Optional[str]:
        """Canonical name of the first entity."""
    @property
    def type(self) -> Optional[str]:
        """Type of the first entity (``ORG``, ``GPE``, ``PERSON``, …)."""
    @property
    def alias(self) -> Optional[str]:
        """The alias that matched."""
    @property
    def form(self) -> Optional[str]:
        """The alias's form label (name, abbreviation, demonym, …)."""
    @property
    def ambiguous(self) -> bool:
        """True when the alias names more than one entity."""
    def to_dict(self) -> dict[str, Any]:
        """A plain dict: start, end, text, id, ids, type, alias, form, ambiguous."""
    def __reduce__(self) -> Any: ...

@final
class Claim:
    """A numeric claim: a stated quantity with its context.

    Offsets are code points: ``text[c.start:c.end] == c.text``; so for every ``*_start`` /
    ``*_end`` pair (``num_``, ``qualifier_``, ``counted_``, ``per_``, ``attribution_``,
    ``time_``, ``sentence_``).

    >>> c = claimsift.extract_claims("Over 1,700 people died, officials said.")[0]
    >>> (c.text, c.value, c.unit, c.bound, c.counted, c.attribution)
    ('Over 1,700', 1700.0, 'count', '>', 'people died', 'officials')
    """

    @property
    def start(self) -> int:
        """Start of the quantity span (code points)."""
    @property
    def end(self) -> int:
        """End of the quantity span (code points, exclusive)."""
    @property
    def text(self) -> str:
        """The quantity span: ``[qualifier] [currency] numeral [scale] [unit]`` (``over 1,700``)."""
    @property
    def num_start(self) -> int:
        """Start of the bare numeral."""
    @property
    def num_end(self) -> int:
        """End of the bare numeral."""
    @property
    def num_text(self) -> str:
        """The bare numeral (``1,700``, ``two million``)."""
    @property
    def value(self) -> float:
        """The value with scale words applied, in the stated unit."""
    @property
    def value_max(self) -> Optional[float]:
        """Upper end of a range, or None."""
    @property
    def value_from(self) -> Optional[float]:
        """Where a movement started: ``fell from $36,040 to $34,935`` has ``value`` 34,935 and
        ``value_from`` 36,040 (with ``change``), and so has ``fell to 4.1% from 4.3%`` (4.1 and
        4.3); None otherwise."""
    @property
    def level(self) -> bool:
        """True for the level reached after a change, which is not a change itself:
        ``rose 8.1% to 99.20 yuan`` (99.20 yuan), ``Shares fell to 45p``."""
    @property
    def unit(self) -> str:
        """Unit from the closed vocabulary: count, USD (ISO codes), percent, fold, hour, terabyte, …"""
    @property
    def unit_class(self) -> str:
        """The unit's class: count, money, percent, length, mass, duration, temperature, data, …"""
    @property
    def normalised(self) -> Optional[dict[str, Any]]:
        """``{"value", "value_max", "unit"}`` in the base unit of the class, else None."""
    @property
    def bound(self) -> BoundSymbol:
        """``=``, ``>`` (over), ``>=`` (at least), ``<``, ``<=`` (up to) or ``~`` (about)."""
    @property
    def qualifier(self) -> Optional[str]:
        """The qualifier words (``more than``), or None."""
    @property
    def qualifier_start(self) -> Optional[int]: ...
    @property
    def qualifier_end(self) -> Optional[int]: ...
    @property
    def vague(self) -> bool:
        """True for vague quantities (``thousands of``)."""
    @property
    def change(self) -> Optional[ChangeDirection]:
        """``"increase"``, ``"decrease"`` or None."""
    @property
    def counted(self) -> Optional[str]:
        """What is counted (``deaths``), or None."""
    @property
    def counted_start(self) -> Optional[int]: ...
    @property
    def counted_end(self) -> Optional[int]: ...
    @property
    def counted_modifier(self) -> Optional[str]:
        """The counted noun's carried modifier (``Palestinian``), or None."""
    @property
    def counted_modifier_start(self) -> Optional[int]: ...
    @property
    def counted_modifier_end(self) -> Optional[int]: ...
    @property
    def counted_stems(self) -> list[str]:
        """Snowball stems of the counted phrase's words."""
    @property
    def per(self) -> Optional[str]:
        """What a rate is per (``$5 a share`` → ``a share``), or None."""
    @property
    def per_start(self) -> Optional[int]: ...
    @property
    def per_end(self) -> Optional[int]: ...
    @property
    def measure(self) -> Optional[str]:
        """What the figure measures: a vocabulary id (``killed``, ``turnout``, ``revenue``) or
        ``noun:<counted noun>``; None when its clause names nothing (``2,000 people attended``)."""
    @property
    def measure_text(self) -> Optional[str]:
        """The words that gave the measure (``death toll``), or None."""
    @property
    def scope(self) -> Optional[str]:
        """Whom or where the figure is about, as a key (``morocco``, ``al haouz``, ``@national``)."""
    @property
    def scope_text(self) -> Optional[str]:
        """The words that gave the scope (``Al Haouz``), or None."""
    @property
    def time_ref(self) -> Optional[str]:
        """The period the figure is for, as written: ``2008``, ``2024-Q1``, ``--04`` (April, year
        unstated), ``year-1`` (last year), ``weekday:1`` (Tuesday); None when none is stated."""
    @property
    def role(self) -> Optional[Literal["previous", "forecast", "subset", "increment"]]:
        """``previous`` (an earlier figure), ``forecast``, ``subset`` or ``increment``; None for the
        figure itself."""
    @property
    def attribution(self) -> Optional[str]:
        """Who says so (``officials``), or None. A pronoun or a bare ``the ministry`` is resolved
        to the nearest named source in the sentence or the one before (a note says so)."""
    @property
    def attribution_start(self) -> Optional[int]: ...
    @property
    def attribution_end(self) -> Optional[int]: ...
    @property
    def attribution_ids(self) -> list[str]:
        """Ids of the gazetteer entities inside the attribution."""
    @property
    def time(self) -> Optional[str]:
        """The time expression (``since 2023``), or None."""
    @property
    def time_start(self) -> Optional[int]: ...
    @property
    def time_end(self) -> Optional[int]: ...
    @property
    def sentence(self) -> str:
        """The text of the sentence holding the claim."""
    @property
    def sentence_start(self) -> int: ...
    @property
    def sentence_end(self) -> int: ...
    @property
    def sent(self) -> Sentence:
        """The sentence holding the claim, as a :class:`Sentence` (spaCy's ``span.sent``)."""
    @property
    def entity_ids(self) -> list[str]:
        """Ids of the gazetteer entities in the claim's sentence, nearest first."""
    @property
    def notes(self) -> list[str]:
        """Warnings (an ambiguous ``$``, a resolved pronoun attribution, …)."""
    @property
    def block(self) -> Optional[str]:
        """The page block the claim stands in (``body``, ``headline``, ``teaser``,
        ``boilerplate``, …), or None with ``boilerplate="keep"``."""
    def to_dict(self) -> dict[str, Any]:
        """A plain dict of every field."""
    def to_html(self) -> str:
        """The claim's sentence with the claim marked, and its fields, as an HTML fragment."""
    def _repr_html_(self) -> str: ...
    def __reduce__(self) -> Any: ...

@final
class Doc:
    """A processed document.

    ``doc[i]`` is the i-th token, ``doc[i:j]`` a list of tokens (as ``doc.tokens[i:j]``),
    ``doc.char_span(start, end)`` the tokens covering a character range.

    >>> doc = claimsift.Pipeline()("Over 1,700 people died.")
    >>> [t.text for t in doc[0:3]], doc.claims[0].text
    (['Over', '1,700', 'people'], 'Over 1,700')
    """

    @property
    def text(self) -> str:
        """The document's text."""
    @property
    def lang(self) -> str:
        """Language code: the pipeline's, or the detected one with ``lang="auto"``."""
    @property
    def notes(self) -> list[str]:
        """How the document was read, e.g. that its detected language has no claim rules."""
    @property
    def tokens(self) -> list[Token]:
        """Tokens (offsets in code points)."""
    @property
    def sents(self) -> list[Sentence]:
        """Sentences (offsets in code points)."""
    @property
    def mentions(self) -> list[Mention]:
        """Entity mentions (empty without a gazetteer)."""
    @property
    def numbers(self) -> list[Number]:
        """Every numeric expression with its kind."""
    @property
    def claims(self) -> list[Claim]:
        """The claims, with entities and attribution linked."""
    @property
    def blocks(self) -> list[Block]:
        """The page's blocks (headline, byline, body, boilerplate, teaser, …)."""
    @property
    def date(self) -> Optional[str]:
        """The document's date as stated on the page (ISO ``YYYY-MM-DD``), or None."""
    @property
    def outlet(self) -> Optional[str]:
        """The outlet as stated on the page (``Reuters``), or None."""
    def __len__(self) -> int:
        """Number of tokens."""
    @overload
    def __getitem__(self, i: int, /) -> Token: ...
    @overload
    def __getitem__(self, i: slice, /) -> list[Token]: ...
    def __iter__(self) -> Iterator[Token]: ...
    def char_span(
        self, start: int, end: int, *, alignment_mode: Literal["strict", "contract", "expand"] = "strict"
    ) -> Optional[list[Token]]:
        """The tokens of ``text[start:end]`` (code points), as in spaCy's ``Doc.char_span``.

        ``alignment_mode``: ``"strict"`` (None unless both ends fall on token boundaries),
        ``"contract"`` (only tokens wholly inside) or ``"expand"`` (every token touched).
        Returns None when no token qualifies.
        """
    def to_dict(self) -> dict[str, Any]:
        """A plain dict: text and lists of dicts for sentences, mentions, numbers and claims."""
    def to_html(self) -> str:
        """The text with claims (labelled with bound and value) and entities marked, as HTML."""
    def _repr_html_(self) -> str: ...
    def __reduce__(self) -> Any: ...

@final
class ArrowTable:
    """An Arrow table built in Rust (columns documented in ``docs/schema.md``).

    pyarrow, polars, DuckDB and pandas take it directly: ``pyarrow.table(t)``,
    ``polars.from_arrow(t)``, ``duckdb.sql("select * from t")``, ``pandas.DataFrame(t)``.
    """

    @property
    def num_rows(self) -> int:
        """Number of rows."""
    @property
    def column_names(self) -> list[str]:
        """Column names."""
    @property
    def metadata(self) -> dict[str, str]:
        """Schema metadata: ``claimsift.offset_unit`` (``char``) and ``claimsift.schema_version``."""
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[dict[str, Any]]:
        """The rows, one dict each."""
    def to_pylist(self) -> list[dict[str, Any]]:
        """The rows as a list of dicts (no dependency needed)."""
    def __arrow_c_stream__(self, requested_schema: Optional[object] = None) -> object:
        """The table as an Arrow C stream (PyCapsule ``arrow_array_stream``)."""

@final
class Gazetteer:
    """The native gazetteer (use :class:`claimsift.Gazetteer`)."""

    def __new__(
        cls,
        entities_json: str,
        *,
        case: str = "auto",
        stem: bool = False,
        possessive: bool = True,
        overlap: str = "leftmost-longest",
        lang: str = "en",
    ) -> Gazetteer: ...
    @staticmethod
    def from_path(
        path: Any,
        *,
        case: str = "auto",
        stem: bool = False,
        possessive: bool = True,
        overlap: str = "leftmost-longest",
        lang: str = "en",
        format: Optional[str] = None,
    ) -> Gazetteer: ...
    @staticmethod
    def from_bytes(data: bytes) -> Gazetteer: ...
    def to_bytes(self) -> bytes: ...
    def find(self, text: str, *, overlap: Optional[str] = None) -> list[Mention]: ...
    def find_batch(
        self, texts: Iterable[str], *, n_threads: Optional[int] = None, errors: ErrorPolicy = "raise"
    ) -> list[Union[list[Mention], None, BaseException]]: ...
    def __len__(self) -> int: ...
    def __contains__(self, id: str, /) -> bool: ...
    @property
    def pattern_count(self) -> int: ...
    def entity(self, id: str) -> dict[str, Any]: ...
    def entities(self) -> list[dict[str, Any]]: ...
    @property
    def config(self) -> dict[str, Any]: ...
    def __reduce__(self) -> Any: ...

class Pipeline:
    """The native pipeline (use :class:`claimsift.Pipeline`)."""

    def __new__(
        cls,
        *,
        lang: str = "en",
        gazetteer: Optional[Gazetteer] = None,
        claims: bool = True,
        dollar: str = "USD",
        boilerplate: str = "mark",
    ) -> Pipeline: ...
    @property
    def lang(self) -> str: ...
    @property
    def gazetteer(self) -> Optional[Gazetteer]: ...
    @property
    def claims(self) -> bool: ...
    @property
    def dollar(self) -> str: ...
    @property
    def boilerplate(self) -> str: ...
    def __call__(self, text: str) -> Doc: ...
    def process_batch(
        self,
        texts: Iterable[str],
        *,
        n_threads: Optional[int] = None,
        errors: ErrorPolicy = "raise",
        _offset: int = 0,
    ) -> list[Any]: ...
    def _process_arrow(
        self,
        texts: Iterable[Any],
        *,
        n_threads: Optional[int] = None,
        tokens: bool = False,
        ids: Optional[list[Optional[str]]] = None,
    ) -> dict[str, ArrowTable]: ...
    def __reduce__(self) -> Any: ...
    @staticmethod
    def _from_state(config: str, gazetteer: Optional[Gazetteer]) -> Pipeline: ...

def tokenize(text: str, *, lang: str = "en") -> list[Token]:
    """Tokenises ``text`` (news-aware: clitics, hyphens, identifiers, URLs, emoji).

    Args:
        text: the text.
        lang: language code for stems (see :func:`languages`).

    Returns:
        One :class:`Token` per token, with ``start``, ``end`` (code points), ``text``, ``kind``,
        ``lower``, ``norm`` and ``stem``.

    >>> [t.text for t in claimsift.tokenize("Microsoft’s GPT-4 deal")]
    ['Microsoft', '’s', 'GPT-4', 'deal']
    """

def split_sentences(text: str, *, lang: str = "en") -> list[Sentence]:
    """Splits ``text`` into sentences (``start``, ``end`` in code points, ``text``, ``paragraph``).

    In a claim language (``claim_languages()``) its abbreviations (``z. B.``, ``Mio.``, ``Sr.``,
    ``pág.``) and German days (``am 3. Oktober``) do not end a sentence.

    >>> [s.text for s in claimsift.split_sentences("Prices rose 5%. Wages did not.")]
    ['Prices rose 5%.', 'Wages did not.']
    """

def extract_claims(text: str, *, lang: str = "en") -> list[Claim]:
    """Extracts the numeric claims of ``text``.

    Returns:
        One :class:`Claim` per stated quantity: ``start``, ``end``, ``text``, ``value``,
        ``value_max``, ``unit``, ``normalised``, ``bound``, ``qualifier``, ``vague``, ``change``,
        ``counted``, ``per``, ``attribution``, ``time``, ``sentence``, ``entity_ids``, ``notes``.

    >>> c = claimsift.extract_claims("Over 1,700 people died, officials said.")[0]
    >>> (c.text, c.value, c.unit, c.bound, c.counted, c.attribution)
    ('Over 1,700', 1700.0, 'count', '>', 'people died', 'officials')
    """

def tokenize_batch(
    texts: Iterable[str], *, lang: str = "en", n_threads: Optional[int] = None, errors: ErrorPolicy = "raise"
) -> list[Union[list[Token], None, BaseException]]:
    """Tokenises many texts in parallel (GIL released, input order kept).

    ``errors``: ``"raise"`` (the first bad text raises, naming its index), ``"skip"`` (None in its
    place) or ``"collect"`` (the exception object in its place).
    """

def split_sentences_batch(
    texts: Iterable[str], *, lang: str = "en", n_threads: Optional[int] = None, errors: ErrorPolicy = "raise"
) -> list[Union[list[Sentence], None, BaseException]]:
    """Splits many texts into sentences in parallel (see :func:`tokenize_batch` for ``errors``)."""

def extract_claims_batch(
    texts: Iterable[str], *, lang: str = "en", n_threads: Optional[int] = None, errors: ErrorPolicy = "raise"
) -> list[Union[list[Claim], None, BaseException]]:
    """Extracts claims from many texts in parallel (see :func:`tokenize_batch` for ``errors``)."""

def languages() -> list[str]:
    """Language codes with stemmers, for the ``lang=`` arguments."""

def claim_languages() -> list[str]:
    """Language codes with claim rules (``extract_claims``/``Pipeline`` also take ``"auto"``)."""

def default_threads() -> int:
    """Threads a batch uses when none is given (``CLAIMSIFT_NUM_THREADS`` or the CPU count)."""

def max_threads() -> int:
    """The most threads a batch may use (4 x CPUs, at most 256); larger ``n_threads`` are capped."""

def _with_pool_registry_locked(f: Callable[[], Any]) -> Any: ...
def unit_info(unit: str) -> Optional[dict[str, Any]]:
    """A unit of the vocabulary: name, class, base, factor, offset, minor digits, symbols, words."""

def unit_names() -> list[str]:
    """Every unit name of the vocabulary."""

def _unpickle(class_: str, state: str) -> Any: ...

@final
class Comparator:
    """Collects Docs and compares their claims in Rust (``finish()``); mergeable and picklable, so
    partitions of a corpus can be compared apart and reduced. :func:`claimsift.compare` wraps it."""

    def __new__(
        cls,
        *,
        approx: float = 0.1,
        window_days: int = 30,
        min_shared_names: int = 2,
        single_story: bool = False,
        off_article: bool = False,
    ) -> Comparator: ...
    def add(
        self,
        doc: Doc,
        doc_id: str,
        *,
        outlet: Optional[str] = None,
        date: Any = None,
        story: Optional[str] = None,
    ) -> None:
        """Adds a processed Doc with its metadata (``date`` an ISO string or a ``date``)."""
    def merge(self, other: Comparator) -> None:
        """Adds every document of ``other`` (which is left empty)."""
    @property
    def n_docs(self) -> int:
        """Documents added."""
    def finish(self) -> dict[str, Any]:
        """Groups and assesses: ``{"groups", "entries", "docs", "stories"}`` as plain data."""
    def __getstate__(self) -> bytes: ...
    def __setstate__(self, state: bytes) -> None: ...
    def __getnewargs_ex__(self) -> tuple[tuple[()], dict[str, Any]]: ...

def comparable_class(unit: Optional[str], change: Optional[str] = None) -> str:
    """The comparison's class of a unit: ``count``, ``currency:USD``, ``percent``, ``relative``,
    ``duration``, ``data_size`` or the unit's own class (not ``Claim.unit_class``, the
    vocabulary's ``money`` / ``length``).

    >>> comparable_class("USD"), comparable_class("percent", "increase")
    ('currency:USD', 'relative')
    """
