"""JSON on the hot path: msgspec where it can, the standard library where msgspec refuses (the same results)."""

from __future__ import annotations

import json
import re
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


_INT_DIGITS = 4000
"""Integers longer than this are kept as written: Python refuses to convert them."""


class NegativeZero(int):
    """The JSON number `-0`: the integer 0 for anything that reads it (hashes and comparisons as before), written
    back as `-0`."""

    __slots__ = ()


MINUS_ZERO = NegativeZero(0)


def integer(text: str) -> int | float:
    """A JSON integer: its int, `MINUS_ZERO` for `-0`, or a `Number` keeping an integer of thousands of digits."""
    if text == "-0":
        return MINUS_ZERO
    if len(text) > _INT_DIGITS:
        return number(text)
    return int(text)


class _NegativeZeroSeen(msgspec.DecodeError):
    """The fast parser would read `-0` as `0`: the standard library decides (see `integer`)."""


_MINUS_ZERO_WRITTEN = r"-0(?:[,\]} \t\r\n]|\Z)"
_minus_zero_bytes = re.compile(_MINUS_ZERO_WRITTEN.encode()).search
_minus_zero_text = re.compile(_MINUS_ZERO_WRITTEN).search
"""Where `data` may hold the number `-0` (a string holding such text is found too: see `_holds_zero`)."""


def _minus_zero_written(data: bytes | bytearray | memoryview | str) -> bool:
    """Whether `data` may hold the number `-0` (see `_MINUS_ZERO_WRITTEN`): searched from its first `-`, found by
    memchr, so that a message with no `-` at all (most calls and answers) is not searched."""
    if isinstance(data, str):
        at = data.find("-")
        return at >= 0 and _minus_zero_text(data, at) is not None
    if isinstance(data, memoryview):
        return _minus_zero_bytes(data) is not None
    at = data.find(b"-")
    return at >= 0 and _minus_zero_bytes(data, at) is not None


def _holds_zero(value: Any, budget: int | None = None) -> bool | None:
    """Whether the integer 0 is somewhere in `value` (what the fast parser makes of `-0`): where it is not, text such
    as "won 2-0, then" in a string was all the search found, and the fast parse stands. None when `value` holds more
    than `budget` items and no 0 was met among them."""
    stack = [value]
    while stack:
        node = stack.pop()
        if budget is not None:
            budget -= len(node)
            if budget < 0:
                return None
        for item in node.values() if type(node) is dict else node:
            kind = type(item)
            if kind is int and item == 0:
                return True
            if kind is dict or kind is list:
                stack.append(item)
    return False


_ITEMS_PER_BYTE_SHIFT = 10
"""A message is first walked for a 0 up to one item per 1 KiB of its text (a large result is a few long strings: the
walk is done at once, where a search of its text costs four times its parse), then searched for `-0`."""


_SEARCH_FIRST_BELOW = 8 * 1024
"""Messages shorter than this are searched for `-0` first, and walked for a 0 only where it may be there (a call's
request or a small answer: 0.4 us of search against 1.3 us of walk)."""


def _as_written(value: Any) -> Any:
    kind = type(value)
    if kind is Number:
        return msgspec.Raw(value.text.encode())
    if kind is NegativeZero:
        return msgspec.Raw(b"-0")
    raise TypeError(f"{type(value).__name__} is not JSON")


_plain = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(float_hook=number)
_encoder = msgspec.json.Encoder(enc_hook=_as_written)
DecodeRefused = (msgspec.DecodeError, msgspec.ValidationError, RecursionError)
"""What the fast decoder raises where the standard library may still decide (lone surrogates, huge integers, `-0`:
the standard library's parse takes `integer` for its integers)."""


def loads(data: bytes | bytearray | memoryview | str) -> Any:
    """Parse JSON fast; raises one of `DecodeRefused` where the caller should ask the standard library."""
    value = _decoder.decode(data)
    kind = type(value)
    if len(data) < _SEARCH_FIRST_BELOW:  # (a short message: its search costs less than a walk of its items)
        if not _minus_zero_written(data):
            return value
        if ((kind is dict or kind is list) and _holds_zero(value)) or (kind is int and value == 0):
            raise _NegativeZeroSeen("-0 is kept as written by the standard library's parse")
        return value
    if kind is dict or kind is list:
        zero = _holds_zero(value, max(64, len(data) >> _ITEMS_PER_BYTE_SHIFT))
        if zero is False:
            return value  # (no 0 anywhere: no `-0` was written)
    elif kind is not int or value != 0:
        return value
    else:
        zero = True
    if _minus_zero_written(data) and (zero or _holds_zero(value)):
        raise _NegativeZeroSeen("-0 is kept as written by the standard library's parse")
    return value


def parse(data: bytes | bytearray | memoryview | str) -> Any:
    """Parse JSON, every number kept as written (see `Number`): fast, or by the standard library where the fast
    parser refuses; raises ValueError (or RecursionError) when it is not JSON."""
    try:
        return loads(data)
    except DecodeRefused:
        return json.loads(data, parse_float=number, parse_int=integer)


def dumps(value: Any) -> bytes | None:
    """Compact UTF-8 JSON (a lone surrogate escaped as `\\udXXX`), or None where the fast encoder refuses (types
    JSON lacks)."""
    try:
        return _encoder.encode(value)
    except UnicodeEncodeError:
        return _escaped(value)
    except (TypeError, OverflowError, msgspec.EncodeError):
        return None


def for_other_encoders(value: Any) -> tuple[Any, bool]:
    """(`value` as another JSON encoder can write it, whether that encoder would write it otherwise than `dumps`):
    a number kept as written (`Number`, `MINUS_ZERO`) would be changed; a string holding a lone surrogate, which such
    an encoder refuses (the SDK's HTTP client fails its whole connection), is given with that surrogate as U+FFFD."""
    try:
        _plain.encode(value)
    except (TypeError, UnicodeEncodeError, OverflowError, msgspec.EncodeError):
        return _without_surrogates(value), True
    return value, False


def _without_surrogates(value: Any) -> Any:
    """`value` with each string (or key) a lone surrogate keeps from UTF-8 written with U+FFFD there instead (the
    same objects where nothing changes)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        return value
    if isinstance(value, dict):
        items = [(_without_surrogates(k), _without_surrogates(v)) for k, v in value.items()]
        if all(k is k0 and v is v0 for (k, v), (k0, v0) in zip(items, value.items(), strict=True)):
            return value
        return dict(items)
    if isinstance(value, list):
        seq = [_without_surrogates(v) for v in value]
        return value if all(a is b for a, b in zip(seq, value, strict=True)) else seq
    return value


def text(value: Any, indent: int | None = None) -> str:
    """JSON text of `value` as `json.dumps(value, ensure_ascii=False, indent=indent)` writes it, but every number as
    written (see `Number`: `1E400` is not written `Infinity`, which is not JSON) and a lone surrogate escaped."""
    data = dumps(value)
    if data is None:  # (a type JSON lacks: as the standard library writes it)
        return json.dumps(value, ensure_ascii=False, indent=indent)
    return msgspec.json.format(data, indent=indent or 0).decode("utf-8")


def dumps_unescaped(value: Any) -> bytes | None:
    """`dumps`, or None for a value holding a lone surrogate (which `dumps` escapes): for bytes that must be those
    the standard library writes it as, surrogate and all (see `audit.records`)."""
    try:
        return _encoder.encode(value)
    except (TypeError, UnicodeEncodeError, OverflowError, msgspec.EncodeError):
        return None


def _escaped(value: Any) -> bytes | None:
    """`dumps` of a value holding a lone surrogate: that string escaped, everything else as `dumps` writes it."""
    try:
        return _encoder.encode(_escape(value))
    except (TypeError, UnicodeEncodeError, OverflowError, RecursionError, msgspec.EncodeError):
        return None


def _escape(value: Any) -> Any:
    """`value` with each string a lone surrogate keeps from UTF-8 replaced by its JSON, that surrogate escaped."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return msgspec.Raw(_string(value))
        return value
    if isinstance(value, dict):
        items = [(k, _escape(v)) for k, v in value.items()]
        if all(type(k) is not str or type(_escape(k)) is str for k, _v in items):
            return dict(items)
        pieces = [_string(k) + b":" + _encoder.encode(v) for k, v in items]  # (a key is no Raw: the object is)
        return msgspec.Raw(b"{" + b",".join(pieces) + b"}")
    if isinstance(value, (list, tuple)):
        return [_escape(v) for v in value]
    if isinstance(value, msgspec.Struct):  # (encoded as the object of its fields, in their order)
        return _escape({name: getattr(value, name) for name in value.__struct_fields__})
    return value


def _string(text: str) -> bytes:
    """A string as JSON in UTF-8, a lone surrogate written as its escape."""
    return json.dumps(text, ensure_ascii=False).encode("utf-8", "backslashreplace")


def dumps_sorted(value: Any) -> bytes | None:
    """Compact UTF-8 JSON with object keys sorted, or None where the fast encoder refuses."""
    try:
        return msgspec.json.encode(value, order="sorted", enc_hook=_as_written)
    except (TypeError, UnicodeEncodeError, OverflowError, msgspec.EncodeError):
        return None
