"""Gazetteers from Python data: lists of dicts, dicts of aliases, DataFrames, files."""

from __future__ import annotations

import json
import os
from typing import Any, Iterable, Mapping

from ._claimsift import Gazetteer as _NativeGazetteer

_OPTION_NAMES = ("case", "stem", "possessive", "overlap", "lang")


def _jsonable(v: Any) -> Any:
    if v is None or isinstance(v, (str, int, bool)):
        return v
    if isinstance(v, float):
        return None if v != v else v
    if isinstance(v, Mapping):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if hasattr(v, "tolist"):  # numpy arrays / scalars from DataFrames
        return _jsonable(v.tolist())
    return str(v)


def _split_aliases(v: Any) -> list:
    if v is None:
        return []
    if isinstance(v, str):
        return [a.strip() for a in v.replace(";", "|").split("|") if a.strip()]
    return list(v)


def _entities_from(data: Any) -> list[dict]:
    """Normalise supported inputs into a list of entity dicts."""
    mod = type(data).__module__.split(".")[0]
    if mod in ("pandas", "polars", "pyarrow"):
        if mod == "pandas":
            rows = data.to_dict(orient="records")
        elif mod == "polars":
            rows = data.to_dicts()
        else:
            rows = data.to_pylist()
        out = []
        for r in rows:
            r = dict(r)
            for key in ("aliases", "abbreviations", "demonyms"):
                if key in r:
                    r[key] = _split_aliases(r[key])
            out.append(r)
        return out
    if isinstance(data, Mapping):
        # {id: [aliases]} or {id: {"name": ..., "aliases": [...]}}
        out = []
        for k, v in data.items():
            if isinstance(v, Mapping):
                e = dict(v)
                e.setdefault("id", k)
                e.setdefault("name", k)
            else:
                aliases = _split_aliases(v)
                e = {"id": k, "name": aliases[0] if aliases else str(k), "aliases": aliases}
            out.append(e)
        return out
    items = list(data)
    for i, e in enumerate(items):
        if not isinstance(e, Mapping):
            raise TypeError(f"entity #{i} must be a dict, not {type(e).__name__}")
    return [dict(e) for e in items]


def _entry(i: int, e: Mapping) -> str:
    """How an error names an entry: its position and, where it has one, its id."""
    return f"entity #{i} (id {e['id']!r})" if e.get("id") is not None else f"entity #{i}"


def _payload(entities: list) -> str:
    """The JSON list the native builder reads, checked entry by entry so that an error names the
    entry (index and id) and the user's value, never a position in this internal payload."""
    from ._claimsift import GazetteerError

    parts = []
    for i, e in enumerate(entities):
        try:
            s = json.dumps(_jsonable(e), ensure_ascii=False, allow_nan=False)
        except ValueError as exc:  # inf / -inf (NaN becomes null): JSON has no such number
            raise GazetteerError(f"{_entry(i, e)}: {exc} (metadata must be finite numbers)") from None
        try:
            s.encode("utf-8")
        except UnicodeEncodeError:
            raise GazetteerError(
                f"{_entry(i, e)}: a string holds a lone surrogate, which is not valid Unicode"
            ) from None
        parts.append(s)
    return "[" + ",".join(parts) + "]"


class Gazetteer:
    """Entities with aliases, matched as whole tokens, fast, over millions of aliases.

    Args:
        entities: a list of dicts (``id``, ``name``, ``type``, ``aliases`` as strings or
            ``{"text", "case", "stem", "possessive", "form"}`` objects, optional
            ``abbreviations``/``demonyms``; other keys are kept as metadata), a dict of
            ``id -> aliases`` (or ``id -> entity dict``), or a pandas/polars/pyarrow table with
            those columns (aliases separated by ``|`` or ``;`` in string cells).
        case: ``"auto"`` (all-caps aliases such as AP, US, IDF match exactly; others case-folded),
            ``"sensitive"`` or ``"insensitive"``.
        stem: match on Snowball stems ("Palestinians" ~ "Palestinian").
        possessive: accept a trailing possessive ("Microsoft’s" → span "Microsoft").
        overlap: ``"leftmost-longest"`` (default) or ``"all"``.
        lang: stemmer language.

    Raises:
        GazetteerError: an empty or duplicate id, an entity without a name.

    >>> g = Gazetteer([{"id": "ms", "name": "Microsoft", "aliases": ["Microsoft Corp."]}])
    >>> [(m.text, m.id) for m in g.find("Microsoft’s cloud")]
    [('Microsoft', 'ms')]
    """

    def __init__(
        self,
        entities: Any = (),
        *,
        case: str = "auto",
        stem: bool = False,
        possessive: bool = True,
        overlap: str = "leftmost-longest",
        lang: str = "en",
    ):
        if isinstance(entities, _NativeGazetteer):
            self._native = entities
            return
        if isinstance(entities, (str, bytes, os.PathLike)):
            raise TypeError("to load a file use Gazetteer.from_path(path)")
        payload = _payload(_entities_from(entities))
        self._native = _NativeGazetteer(
            payload, case=case, stem=stem, possessive=possessive, overlap=overlap, lang=lang
        )

    @classmethod
    def from_path(cls, path: str | os.PathLike, *, format: str | None = None, **options: Any) -> Gazetteer:
        """Load entities from a ``.json``, ``.jsonl`` or ``.csv`` file (format from the extension)."""
        return cls(_NativeGazetteer.from_path(os.fspath(path), format=format, **options))

    @classmethod
    def from_bytes(cls, data: bytes) -> Gazetteer:
        """Load the compact binary form of :meth:`to_bytes` (raises ``SerializationError`` if bad)."""
        return cls(_NativeGazetteer.from_bytes(data))

    def to_bytes(self) -> bytes:
        """The compact, versioned binary form (loads much faster than building)."""
        return self._native.to_bytes()

    def save(self, path: str | os.PathLike) -> None:
        """Write :meth:`to_bytes` to a file."""
        with open(path, "wb") as f:
            f.write(self.to_bytes())

    @classmethod
    def load(cls, path: str | os.PathLike) -> Gazetteer:
        """Read a file written by :meth:`save`."""
        with open(path, "rb") as f:
            return cls.from_bytes(f.read())

    def find(self, text: str, *, overlap: str | None = None) -> list:
        """Mentions in ``text`` (offsets are code points: ``text[m.start:m.end] == m.text``)."""
        return self._native.find(text, overlap=overlap)

    def find_batch(
        self, texts: Iterable[str], *, n_threads: int | None = None, errors: str = "raise"
    ) -> list:
        """Mentions in many texts, in parallel with the GIL released, in input order."""
        return self._native.find_batch(texts, n_threads=n_threads, errors=errors)

    def entity(self, id: str) -> dict:
        """The entity with this id, as a dict."""
        return self._native.entity(id)

    def entities(self) -> list:
        """Every entity as a dict."""
        return self._native.entities()

    @property
    def config(self) -> dict:
        """The settings it was built with."""
        return self._native.config

    @property
    def pattern_count(self) -> int:
        """Number of alias patterns."""
        return self._native.pattern_count

    def __len__(self) -> int:
        return len(self._native)

    def __contains__(self, id: object) -> bool:
        return isinstance(id, str) and id in self._native

    def __reduce__(self):  # pickles by value (the binary form), never by a file path
        return (Gazetteer.from_bytes, (self.to_bytes(),))

    def __repr__(self) -> str:
        return repr(self._native)
