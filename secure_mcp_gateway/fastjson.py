"""JSON on the hot path: msgspec where it can, the standard library where msgspec refuses (the same results)."""

from __future__ import annotations

from typing import Any

import msgspec


class Number(float):
    """A JSON number kept with the text it was written as, where its value would be written back otherwise (`1e5`,
    `2.50`, `1E400`, an integer of thousands of digits): it is written back as it came. It is the float nearest to
    it (infinity beyond the float range) for anything that reads it."""

    __slots__ = ("text",)
    text: str


def number(text: str) -> float:
    """A JSON number with a fraction or an exponent (or too long an integer): its float, or a `Number` keeping `text`
    where the float would not be written back as `text`."""
    value = float(text)
    if _plain.encode(value) == text.encode():
        return value
    kept = Number(value)
    kept.text = text
    return kept


def _as_written(value: Any) -> Any:
    if type(value) is Number:
        return msgspec.Raw(value.text.encode())
    raise TypeError(f"{type(value).__name__} is not JSON")


_plain = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(float_hook=number)
_encoder = msgspec.json.Encoder(enc_hook=_as_written)
DecodeRefused = (msgspec.DecodeError, msgspec.ValidationError, RecursionError)
"""What the fast decoder raises where the standard library may still decide (lone surrogates, huge integers)."""


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
        return msgspec.json.encode(value, order="sorted", enc_hook=_as_written)
    except (TypeError, UnicodeEncodeError, OverflowError, msgspec.EncodeError):
        return None
