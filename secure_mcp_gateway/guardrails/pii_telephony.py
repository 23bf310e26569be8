"""Subscribers' numbers in messaging and call records: SMS gateways' callbacks and delivery reports (`from=%2B...`,
`"recipient":"255..."`), call detail records' parties (`A=0754...|B=...`), and mobile-money and USSD lines that
name who sent or received (`Received 15,000 TZS from NAME 0754...`), with the name written beside the number."""

from __future__ import annotations

import re

from . import lazy
from .findings import Finding
from .pii_people import _name_ok

DETECTOR = "pii"

_KEYED = lazy.compile(
    r"(?i)(?<![\w-])(?:from|to|src|dst|source|dest(?:ination)?|recipients?|receiver|sender|originator|orig|"
    r"caller|callee|called|calling|ani|dnis|cli|subscriber|customer_?msisdn|phone(?:_?number)?|mobile(?:_?number)?|"
    r"msisdn|tel|"
    r"(?:a|b)_?(?:party|number|num|msisdn|no)|party_?[ab]|(?-i:[AB]))"
    r"(?:_?(?:addr(?:ess)?|number|num|no|msisdn|phone))?(?:\[\])?[\"']?[ \t]?[:=][ \t]?[\"']?(?P<plus>%2[bB]|\+)?\Z"
)
"""A messaging or call record's party keyed as such (`from=`, `"recipient":`, `src=`, `A=` in a call record), right
before its number, as gateways write it (`%2B` for `+` in a callback's form body)."""
_KEY_REACH = 40
_KEY_SIGN = 6
"""How far before the number `_KEYED`'s `:` or `=` stands at most (a space, a quote and `%2B` after it): without one
there, the expression (tried at each of `_KEY_REACH` places) cannot match."""
_STAMP = lazy.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?")
"""A time stamp written as digits (`20260304102211`), not a number."""


_DAY = lazy.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
"""A date written as eight digits (`20260131`)."""


def _subscriber(digits: str, plus: bool, closed: bool = False) -> bool:
    """Whether digits are a subscriber's number: with a `+`, 8 to 15; without, a national number with its trunk `0`
    (10 or 11 digits) or one with its country code (11 to 15), not a time in digits; `closed`: a plan's eight or nine
    digits without a trunk too (`90123456`, as West and Central Africa's closed plans write them)."""
    if len(set(digits)) <= 3 or _STAMP.fullmatch(digits) is not None:
        return False
    if closed and 8 <= len(digits) <= 9 and digits[0] != "0":
        return _DAY.fullmatch(digits) is None
    if plus:
        return 8 <= len(digits) <= 15 and digits[0] != "0"
    if digits[0] == "0":
        return 10 <= len(digits) <= 11 and digits[1] != "0"
    return 11 <= len(digits) <= 15 and not (digits[0] == "1" and len(digits) == 13)  # (a Unix time in ms)


_TRANSFER = lazy.compile(
    r"(?i)(?<![\w-])(?:from|to|by|for|cash[ -]?(?:in|out)|top[ -]?up|de|vers|à|au|para|a|do|da|kwa|kutoka|"
    r"desde|hacia|al|van|naar|von|an)[ \t]+"
    r"(?P<name>(?:[A-Z][A-Za-z'.-]+[ \t]+){0,4})\(?(?P<plus>\+|00)?\Z"
)
"""Who sent or received in a statement's line, right before the number: `from NAME 0754123456`, `to 0971...`."""
_CUT = lazy.compile(r"(?s).*[\n\r\x0b\x0c1-9_!\"#$%&)*,/:;<=>?@\[\\\]^`{|}~]")
"""Up to the last character that no match of `_TRANSFER` holds (a digit but `0`, punctuation but `'.-(+`, a line
break): the search for it starts there instead of at each place before (`[call 4471 part 2] 120094471`)."""
_NAME_AFTER = lazy.compile(
    r"\)?(?:[ \t]+\((?P<name>[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,3})\)"
    r"|[ \t]+(?:-[ \t]+)?(?P<upper>[A-Z][A-Z'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,3})"
    r"(?=[ \t]*(?:$|[.,;|)]|[ \t]-|[ \t]{2}|[ \t]on[ \t])))",
    re.M,
)
"""The name written after the number: in brackets (`to 0971234567 (NAME)`), or in capitals, maybe after a dash
(`from 254712345678 - NAME`, `de 22670123456 SURNAME Given;`)."""
_TRANSFER_REACH = 80
_AMOUNT_AFTER = lazy.compile(
    r"(?i)[ \t]?(?:fcfa|cfa|xof|xaf|tzs|kes|ksh|ugx|mzn|aoa|etb|zmw|mwk|ghs|ngn|rwf|usd|eur|bdt|npr|mnt|[$€£])(?![a-z])"
    r"(?![ \t]*\d)"
)
"""A currency right after a number (and no amount after it): an amount, not a subscriber."""
_MONEY_LINE = lazy.compile(
    r"(?i)(?<![a-z])(?:received|sent|transfer(?:red)?|paid|payment|deposit(?:ed)?|withdraw\w*|cash[ -]?(?:in|out)|"
    r"airtime|bundle|txn|trans(?:action)?[ _]?id|dial(?:l)?ed|ussd|sms|missed call|called|momo|mpesa|m-pesa|"
    r"wallet|top[ -]?up|recharge|re[çc]u|envoy[ée]e?|transf[ée]r[ée]?|transfert|paiement|retrait|d[ée]p[ôo]t|solde|"
    r"recebid[oa]|enviad[oa]|transfer[êe]ncia|transferencia|pagamento|pago|levantamento|dep[óo]sito|saldo|"
    r"recibid[oa]|retiro|umepokea|umetuma|imepokea|imetumwa|salio|muamala|"
    r"fcfa|cfa|xof|xaf|tzs|kes|ksh|ugx|mzn|aoa|etb|zmw|mwk|ghs|ngn|rwf|cdf|gnf|sll|lrd|bdt|npr|mnt)(?![a-z])"
)
"""Words of the lines of a mobile-money statement, an airtime or USSD log, a call log."""


def _named(text: str, lo: int, name: str) -> Finding | None:
    """A name of two to four words beside a number in a statement (written in capitals or capitalised), or None."""
    value = name.strip()
    if not 2 <= len(value.split()) <= 4 or not _name_ok(value.title() if value.isupper() else value, False):
        return None
    start = lo + name.index(value)
    return Finding(DETECTOR, "person_name", start, start + len(value))


def _signed(text: str, start: int) -> bool:
    """Whether a `:` or `=` stands within `_KEY_SIGN` characters before `start` (else `_KEYED` cannot end there)."""
    lo = max(0, start - _KEY_SIGN)
    return text.find(":", lo, start) >= 0 or text.find("=", lo, start) >= 0


def find(text: str, runs: list[tuple[int, int]]) -> list[Finding]:
    """Subscribers' numbers (and names beside them in statements) in messaging, call and mobile-money records, tried
    at the runs of nine to fifteen digits (`runs`: the spans of runs of five digits or more)."""
    out: list[Finding] = []
    money: dict[int, bool] = {}
    for start, end in runs:
        if not 8 <= end - start <= 15 or text[end : end + 1].isalnum():
            continue
        digits = text[start:end]
        key = (
            _KEYED.search(text, max(0, start - _KEY_REACH), start) if end - start > 8 and _signed(text, start) else None
        )
        if key is not None:
            if _subscriber(digits, key.group("plus") is not None):
                out.append(Finding(DETECTOR, "phone_number", start - len(key.group("plus") or ""), end))
            continue
        near = max(0, start - _TRANSFER_REACH)
        lo = text.rfind("\n", near, start) + 1  # (the line's start when within reach; a long line is not read back)
        cut = _CUT.match(text, max(lo, near), start)  # (no match holds what stands there: it is tried after it)
        said = _TRANSFER.search(text, max(lo, near) if cut is None else cut.end(), start)
        if said is None or not _subscriber(digits, said.group("plus") is not None, True):
            continue
        if not lo:
            lo = text.rfind("\n", 0, near) + 1
        if _AMOUNT_AFTER.match(text, end) is not None:
            continue  # `de 15000000 FCFA`: an amount
        if lo not in money:
            hi = text.find("\n", end)
            money[lo] = _MONEY_LINE.search(text, lo, len(text) if hi < 0 else hi) is not None
        if not money[lo]:
            continue
        out.append(Finding(DETECTOR, "phone_number", start - len(said.group("plus") or ""), end))
        after = _NAME_AFTER.match(text, end)
        group = ("name" if after.group("name") else "upper") if after is not None else ""
        for found in (
            _named(text, said.start("name"), said.group("name")),
            _named(text, after.start(group), after.group(group)) if after is not None else None,
        ):
            if found is not None:
                out.append(found)
    return out


_CJK_DIGITS = {"〇": "0", "○": "0", "◯": "0", "零": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "两": "2"}
_CJK_DIGITS |= {"三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "拐": "7", "八": "8", "九": "9", "勾": "9"}
_CJK_DIGITS |= dict(zip("壹贰貳叁參肆伍陆陸柒捌玖〡〢〣〤〥〦〧〨〩", "122334566789123456789", strict=True))
_CJK_DIGITS |= dict(zip("공영일이삼사오육칠팔구", "00123456789", strict=True))
"""Chinese numerals as a number's digits are read out (`幺` for one, `〇`, `○` and `零` for zero; radio's `洞`, `两`,
`拐` and `勾` for 0, 2, 7 and 9), the financial ones (`壹贰叁`), Suzhou numerals (`〡〢〣`) and Korean's Sino-Korean
digits in Hangul (`공일공`)."""
_CJK_NUMERAL = "[〇○◯零洞一幺二两三四五六七拐八九勾壹贰貳叁參肆伍陆陸柒捌玖〡-〩공영일이삼사오육칠팔구]"
CJK_RUN = lazy.compile(f"{_CJK_NUMERAL}(?:[ \\-\u2010-\u2015\u30fb\uff0d\u3000]?{_CJK_NUMERAL}){{6,}}")
"""A number written in Chinese numerals digit by digit (`一三八 一二三四 五六七八`): seven numerals or more."""


def cjk_numerals(text: str) -> str:
    """`text` with each number written digit by digit in Chinese numerals as ASCII digits (same length: positions
    hold), so a phone number so written is read as one (a year or a count is written with fewer numerals)."""
    return CJK_RUN.sub(_read_out, text)


_HANGUL_SINGLE = lazy.compile(r"(?:^|[ \-\u3000])[공영일이삼사오육칠팔구](?:[ \-\u3000]|$)")
"""A Hangul digit standing alone between spaces (`이 사 일`): words of a sentence (`이`, `사`), not a number's group."""


def _read_out(m: re.Match[str]) -> str:
    run = m.group()
    if _HANGUL_SINGLE.search(run) is not None:
        return run
    return "".join(_CJK_DIGITS.get(c, c) for c in run)
