"""Python front of the gazetteer (filled in with the native matcher)."""

from __future__ import annotations

from ._claimsift import Gazetteer as _NativeGazetteer

Gazetteer = _NativeGazetteer
