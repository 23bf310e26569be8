"""JSON on the hot path: msgspec where it can, the standard library where msgspec refuses (the same results)."""

from __future__ import annotations

from typing import Any

import msgspec

_decoder = msgspec.json.Decoder()
_encoder = msgspec.json.Encoder()
DecodeRefused = (msgspec.DecodeError, msgspec.ValidationError, RecursionError)
"""What the fast decoder raises where the standard library may still decide (lone surrogates, huge numbers)."""


def loads(data: bytes | bytearray | memoryview | str) -> Any:
    """Parse JSON fast; raises one of `DecodeRefused` where the caller should ask the standard library."""
    return _decoder.decode(data)


def dumps(value: Any) -> bytes | None:
    """Compact UTF-8 JSON, or None where the fast encoder refuses (lone surrogates, types JSON lacks)."""
    try:
        return _encoder.encode(value)
    except (TypeError, UnicodeEncodeError, OverflowError, msgspec.EncodeError):
        return None


def dumps_sorted(value: Any) -> bytes | None:
    """Compact UTF-8 JSON with object keys sorted, or None where the fast encoder refuses."""
    try:
        return msgspec.json.encode(value, order="sorted")
    except (TypeError, UnicodeEncodeError, OverflowError, msgspec.EncodeError):
        return None
