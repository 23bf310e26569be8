"""Addresses in forms the street finder does not read: post office boxes, Colombian grid addresses (`Carrera 7 #
32-16`), and Japanese, Korean and Chinese addresses, written from the largest area down to the building's number."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lazy
from .findings import Finding
from .scan import INDEX, holds_any, matches_at

DETECTOR = "pii"

_BOX_WORDS = ("box", "postfach", "apartado", "caixa postal", "postboks", "casilla")
INDEX.add(_BOX_WORDS, where=False)  # whether they occur (see `scan.holds_any`): a long text's one pass tells
_BOX = lazy.compile(
    r"(?i)(?<![\w.])(?:p\.? ?o\.? ?box|post(?:al)? office box|postfach|apartado(?: de correos| postal)?|caixa postal|"
    r"postboks|casilla(?: de correo)?)[ \t]*(?:no\.?[ \t]*|#[ \t]*)?\d[\d ]{0,7}\d?(?![\w.])"
    r"(?:,?[ \t]+(?:[A-Z]{1,2}-)?\d{4,6}(?![\w-]))?"
    r"(?:,?[ \t]+[A-ZÀ-Þ\u0100-\u024f][\w'\u00c0-\u024f-]+(?:[ -][A-ZÀ-Þ\u0100-\u024f][\w'\u00c0-\u024f-]+){0,2})?"
    r"(?:,?[ \t]+(?:[A-Z]{1,2}-)?\d{4,6}(?![\w-]))?"
)
"""A post office box, then maybe a postcode and a town (`P.O. Box 1234, Nairobi 00100`, `Postfach 10 12 34, 80331
München`); `Box 3` alone is not one (a box of a chart or a form)."""

_BOX_AT = (("box", 2, 14), ("postfach", 0, 0), ("apartado", 0, 0), ("caixa postal", 0, 0), ("postboks", 0, 0))
_BOX_AT += (("casilla", 0, 0),)
"""Each word one of which every match of `_BOX` holds, and how far before it such a match starts (least, most
characters: `pobox`, `postal office box`)."""
_FOLDED = "\u0130\u0131\u017f\u212a"
"""The characters outside ASCII that case folding reads as ASCII letters (`İ`, `ı`, `ſ`, the Kelvin sign)."""

_GRID = lazy.compile(
    r"(?<![\w.])(?:Calle|Cl\.?|Carrera|Cra\.?|Cr\.?|Kr\.?|Diagonal|Dg\.?|Transversal|Tv\.?|Avenida Calle|"
    r"Avenida Carrera|AK|AC)[ \t]+\d{1,3}[ \t]?[A-Z]?(?:[ \t]+Bis)?(?:[ \t]+(?:Sur|Este))?[ \t]*(?:#|No\.?|N[º°]\.?)"
    r"[ \t]*\d{1,3}[ \t]?[A-Z]?[ \t]*-[ \t]*\d{1,3}(?![\w-])"
    r"(?:(?:,[ \t]*|[ \t]+)(?:(?:Apto|Apartamento|Int|Interior|Casa|Torre|Oficina|Of)\.?[ \t]*\w{1,6}))?"
    r"(?:,[ \t]*[A-ZÀ-Þ][\w\u00c0-\u024f]+(?:[ \t][A-ZÀ-Þ][\w\u00c0-\u024f]+){0,2})?"
)
"""A Colombian address: the street's kind and number, `#` and the crossing street's number, a dash and the
building's distance from the corner (`Carrera 7 # 32-16`, `Cl. 45 No. 12-30, Apto 501, Medellín`)."""
_GRID_LEAD = lazy.compile(r"Cl|Ca|Cr|Kr|Di|Dg|Tr|Tv|Av|AK|AC")
"""The first two letters of `_GRID`'s street kinds: one pass of the regex engine led by them (its own pass, led by a
look-behind, tries every character). A place inside another's two letters follows a letter: no match starts there."""

_HAN = "\u4e00-\u9fff"
_KANA = "\u30a0-\u30ff"
_JP_AREA = "都道府県"
_JP = lazy.compile(
    rf"(?:〒[ \t]?\d{{3}}-\d{{4}}[ \t]*)?(?P<area>(?:[{_HAN}]{{1,3}}[{_JP_AREA}])?[{_HAN}{_KANA}]{{1,7}}?[市区郡]"
    rf"(?:[{_HAN}{_KANA}]{{1,7}}?[区町村])?[{_HAN}{_KANA}]{{0,8}}?"
    r"\d{1,4}(?:丁目|-|－|−|の)\d{1,4}(?:(?:番地?|-|－|−|の)\d{1,4})?(?:号|番地)?"
    r"(?:[ \t]*[\w\u30a0-\u30ff]{0,16}?\d{1,4}号室)?)"
)
"""A Japanese address: prefecture, city or ward, district, then block, lot and building (`東京都新宿区西新宿2-8-1`,
`大阪市北区梅田3丁目1番3号`)."""
_JP_LEAD = lazy.compile(rf"〒|[{_HAN}{_KANA}](?=[{_HAN}{_KANA}]{{0,10}}[市区郡])")
"""Where a match of `_JP` can start: its `〒`, or the first of the up to eleven letters of Han and katakana before
the `市`, `区` or `郡` of its area (one pass led by those letters: `_JP`'s own tries every place of the text)."""
_KR = lazy.compile(
    r"(?:[가-힣]{2,8}(?:특별시|광역시|특별자치시|특별자치도|도|시)[ \t]+)?[가-힣]{1,8}(?:구|군|시)[ \t]+"
    r"(?:[가-힣0-9]{1,10}(?:읍|면|동)[ \t]+)?[가-힣0-9]{1,12}(?:로|길)[ \t]*\d{1,4}(?:-\d{1,4})?"
    r"(?:[ \t]*,?[ \t]*\d{1,4}동)?(?:[ \t]*\d{1,5}호)?"
)
"""A Korean road-name address: city or province, district, road and building number (`서울특별시 강남구 테헤란로
152`, `부산광역시 해운대구 센텀중앙로 79, 101동 1203호`)."""
_CN = lazy.compile(
    rf"(?:[{_HAN}]{{2,7}}?[省市](?:[{_HAN}]{{1,7}}?[市州盟])?)?[{_HAN}]{{1,7}}?[区县旗]"
    rf"(?:[{_HAN}]{{1,8}}?[镇乡街道])?[{_HAN}0-9]{{1,12}}?[路街道巷弄里](?:[{_HAN}]{{0,3}}段)?"
    r"\d{1,5}号(?:院)?(?:\d{1,3}(?:号楼|栋|幢))?(?:\d{1,3}单元)?(?:\d{1,5}室)?"
)
"""A Chinese address: province or city, district, road and number, then the building and the room (`北京市朝阳区建国路
88号`, `上海市浦东新区世纪大道100号5栋1203室`)."""


def find(text: str, low: str = "", given: str = "") -> list[Finding]:
    """Post office boxes, Colombian grid addresses and East Asian addresses in `text` (`low`: it lower-cased;
    `given`: the text as given, of the same length, where `text` has characters of scripts without spaces blanked)."""
    out: list[Finding] = []
    low = low or text.lower()
    if holds_any(low, _BOX_WORDS):
        out += [_found(m.start(), m.end()) for m in _boxes(text, low) if _boxed(m.group())]
    if "#" in text or " No" in text or (not text.isascii() and ("N°" in text or "Nº" in text)):
        out += [_found(lo, hi) for lo, hi in _grid_spans(text)]
    given = given or text
    if not given.isascii():
        if any(c in given for c in "市区郡"):
            jp = matches_at(_JP, given, _starts(_JP_LEAD, given))
            out += [_found(m.start(), m.end()) for m in jp if _holds_area(m.group("area"))]
        if any(c in given for c in "로길"):
            out += [_found(m.start(), m.end()) for m in _KR.finditer(given)]
        if "号" in given:
            out += [_found(m.start(), m.end()) for m in _CN.finditer(given)]
    return out


def _boxes(text: str, low: str) -> Iterator[re.Match[str]]:
    """`_BOX.finditer(text)`, tried only where one of its words stands a few characters on (`low`: `text` lower-cased,
    of the same length); its own pass where a character outside ASCII may be read as one of its letters."""
    if not text.isascii() and any(c in text for c in _FOLDED):
        return _BOX.finditer(text)
    starts: set[int] = set()
    for word, least, most in _BOX_AT:
        at = low.find(word)
        while at >= 0:
            starts.update(range(max(0, at - most), at - least + 1))
            at = low.find(word, at + 1)
    return matches_at(_BOX, text, sorted(starts))


_SIGN_TAIL = r"[ \t]*\d{1,3}[ \t]?[A-Z]?[ \t]*-[ \t]*\d"
_HASH_SIGN = lazy.compile("#" + _SIGN_TAIL)
_NO_SIGN = lazy.compile(r"N[oº°]\.?" + _SIGN_TAIL)
"""The part every grid address holds, led by a literal (`# 32-16`, `No. 12-30`): the regex engine looks for `#` and
`N` at memory speed, where `_GRID_LEAD` stops at every `Ca` and `Cl` of a source file."""
_GRID_BEFORE = 48
_GRID_AFTER = 96


def _grid_spans(text: str) -> list[tuple[int, int]]:
    """Where `_GRID` matches, tried only in a window around each `#` or `No.` that a crossing street's number and
    the distance follow."""
    spans: set[tuple[int, int]] = set()
    for sign in (*_HASH_SIGN.finditer(text), *_NO_SIGN.finditer(text)):
        for m in _GRID.finditer(text, max(0, sign.start() - _GRID_BEFORE), sign.end() + _GRID_AFTER):
            if m.start() <= sign.start() < m.end():
                spans.add(m.span())
    return sorted(spans)


def _starts(lead: re.Pattern[str], text: str) -> Iterator[int]:
    """Where `lead` matches in `text`, in order."""
    return (m.start() for m in lead.finditer(text))


def _found(start: int, end: int) -> Finding:
    return Finding(DETECTOR, "street_address", start, end)


def _boxed(value: str) -> bool:
    """Whether a box's number is one (not `PO Box 0`)."""
    return any(c in "123456789" for c in value)


def _holds_area(value: str) -> bool:
    """Whether a Japanese match names a prefecture or a city before its numbers (a bare `区2-1` names nothing)."""
    digits = next((i for i, c in enumerate(value) if c.isdigit()), len(value))
    return digits >= 3
