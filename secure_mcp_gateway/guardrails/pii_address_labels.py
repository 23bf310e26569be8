"""Street addresses written after a label that names them (`Address: ...`, `Adresse : ...`, `Dirección: ...`,
`住所：...`, `"address": "..."`), in any country's format: the label says what the value is, so the value needs no
street word of a known language. An address of a machine (IP, MAC, e-mail, wallet, memory, server) is not one; the
value must hold a number and words, and reads to the end of its line, field or quote, or to a phone or mail label
after it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import lazy
from .findings import Finding
from .scan import INDEX, LONG, Heads, indexed, occurrences

DETECTOR = "pii"
STEMS = (
    *("address", "adres", "anschrift", "direcci", "domicilio", "endereç", "endereco", "morada", "indirizzo"),
    *("osoite", "cím", "διεύθυνση", "адрес", "住所", "주소", "地址", "địa chỉ", "ที่อยู่", "عنوان", "כתובת", "alamat"),
    *("ship to", "deliver to", "shipping to", "mailing to"),
    *("adreça", "aadress", "cyfeiriad", "helbidea", "enderezo", "heimilisfang", "anwani", "хаяг", "мекенжай"),
    *("дарек", "მისამართი", "հասցե", "አድራሻ", "آدرس", "ঠিকানা", "முகவரி", "ທີ່ຢູ່", "လိပ်စာ", "អាសយដ្ឋាន", "ठेगाना"),
    *("adrès", "bústaður", "суроға", "enderesu", "ünvan", "ünvanı"),
)
"""The start of each label, lower-cased (`adres` also starts `adresse`, `adresa`, `adresas`, `Lieferadresse`'s end)."""
INDEX.add([stem for stem in STEMS if stem.isascii()])  # where each starts: a long text is not scanned for each
_AFTER = lazy.compile(
    r"(?:se|sa|as|e|ón|on|o|a|а|у|ы)?(?:[ _-]?line[ _-]?\d|[ \t]+(?:de|di|da|do|du|of|for)[ \t]+[a-zà-ÿ]{3,14})?"
    r"(?:[ \t]*\([^)\n]{0,24}\))?[ \t]*[\"']?[ \t]*[:\uff1a=][ \t]*[\"']?[ \t]*"
    r"(?P<value>[^\n\r|;\t\"<>{}\[\]]{8,160})"
)
"""After the stem: the end of the word (`adresse`, `dirección`), a line number or what it is for (`address line 1`,
`adresse de livraison`, ` (home)`), a colon, then the value up to a line's end, a field separator or a quote."""
_LEAD = lazy.compile(r"(?:[ \t\"'{,*>-]*|[^\n]*[,{][ \t]*[\"'])(?:[a-z\u00c0-\u024f]{3,12}[ _-]?){0,2}\Z")
"""What may stand before the label on its line: blanks, a quote, a bullet, and up to two words (`shipping`,
`home`, `billing`, `Liefer` as in `Lieferadresse`), or a JSON object's key after `{` or `,`: a label starts its line
or field, not a call's argument."""
_MACHINE = lazy.compile(
    r"(?:ip|mac|e-?mail|mail|wallet|bitcoin|btc|eth|ethereum|crypto|memory|mem|server|web|url|bind|listen|remote"
    r"|local|base|return|gateway|broadcast|network|contract|hardware|ipv[46]|host|socket|peer|proxy|node|smtp|sender"
    r"|recipient|reply-to|deposit|withdrawal|payment|payout|start|end|load|entry|virtual|register|target|source"
    r"|destination|bus|device|link|multicast|unicast|onion|tor|ens|public|private|p2p|lightning|scan|from|to|cc)"
    r"[ \t_.-]*\Z"
)
"""What stands right before `address` when it is a machine's or a message's, not a dwelling's."""
_STOP = lazy.compile(
    r"[ \t]*[,/-]?[ \t]*(?<![a-z])(?:tel|phone|fax|e-?mail|mobile|handy|t[ée]l[ée]fono|telefone|telefon|tlf|cell"
    r"|contact)(?![a-z])|[ \t]{3,}"
)
"""On the lower-cased text: where a one-line address ends before what follows it, a phone or mail label or a gap."""
_SENTENCE = lazy.compile(r"(?P<word>[^\W\d_]*)\.[ \t]+(?=(?P<next>[A-Z][a-z]+) )")
"""On the text as written: a sentence that starts after the address (not after an abbreviation of five letters or
fewer, `Av. Providencia`, `Jl. Sudirman`, `Edif. Parque`, unless the next word opens a sentence: `St. Please`)."""
_OPENERS = frozenset(
    "please the this that it we you i our your they he she call ring note thanks thank leave deliver do if for".split()
)
_COMPOUND = lazy.compile(r"(?:liefer|rechnungs|wohn|post|heim|versand|melde|privat|kunden|zustell)\Z")
"""German compounds that end in `adresse` and name a person's address."""
_STREET_CUE = lazy.compile(
    r"(?<!\w)(?:küç|kuc|prospekt|pr\.|döngə|bulvar|məhəllə|qəsəbə|mənzil|mkr|cad|sok|mah|şosse|yolu)"
)
"""Street words of Azerbaijani and Turkish addresses (`Nizami küçəsi 45`, `Atatürk Cad. No: 5`)."""
_NAME_APOSTROPHE = lazy.compile(r"(?<=[a-z])'(?=[a-z])")
_NOT_VALUE = ("n/a", "none", "null", "unknown", "redacted", "***", "tbd", "same as", "see ", "your ", "the ", "example")


def find(text: str, low: str) -> list[Finding]:
    """The spans of addresses after their labels in `text` (`low`: it lower-cased, the same length)."""
    if ":" not in text and "\uff1a" not in text and "=" not in text:
        return []
    out: list[Finding] = []
    after = 0
    where = INDEX.known(low) if len(low) >= LONG else indexed(low)  # (asked once for every stem)
    # a long text outside ASCII: its stems outside ASCII found in one pass (an `in` reads the whole text for each)
    others = _OTHER_HEADS.find(low) if where is not None and len(low) >= LONG and not low.isascii() else None
    places = sorted({(at, stem) for stem in _stems(low, where) for at in _places(low, stem, where, others)})
    for at, stem in places:
        end = at + len(stem) + 48
        if low.find(":", at, end) < 0 and low.find("=", at, end) < 0 and low.find("\uff1a", at, end) < 0:
            continue  # no label's colon near: prose or code, not `Address: ...`
        if at < after or (at and low[at - 1].isalnum() and _COMPOUND.search(low, max(0, at - 10), at) is None):
            continue  # inside a word (`IPaddress`), but for `Lieferadresse`, `Rechnungsadresse`, `Wohnadresse`
        if _MACHINE.search(low, max(0, at - 14), at) is not None:
            continue
        if _LEAD.match(low, low.rfind("\n", 0, at) + 1, at) is None:
            continue
        m = _AFTER.match(low, at + len(stem))  # as written (`text` blanks letters of scripts without spaces)
        if m is None:
            continue
        start, end = m.span("value")
        stop = _STOP.search(low, start, end)
        end = _sentence(text, start, end if stop is None else stop.start())
        value = low[start:end].rstrip(" ,.;:-")
        if stem.startswith("ünvan") and _STREET_CUE.search(value) is None:
            continue  # Turkish `Ünvan:` is a job's title; Azerbaijani `Ünvan:` an address, with its street's word
        if plausible(value, text[start : start + len(value)]):
            out.append(Finding(DETECTOR, "street_address", start, start + len(value)))
            after = start + len(value)
    return out


def _sentence(text: str, start: int, end: int) -> int:
    """Where the address from `start` to `end` ends before a sentence that follows it (see `_SENTENCE`), or `end`."""
    for m in _SENTENCE.finditer(text, start, end):
        word = m.group("word")
        if not word or len(word) > 5 or m.group("next").lower() in _OPENERS:
            return m.start() + len(word)
    return end


_ASCII_STEMS = frozenset(s for s in STEMS if s.isascii())
_OTHER_STEMS = tuple(s for s in STEMS if not s.isascii())
_OTHER_HEADS = Heads(_OTHER_STEMS)


def _stems(low: str, where: tuple[dict[str, list[int]], set[str]] | None) -> Iterable[str]:
    """The stems that may start somewhere in `low`: when the shared index read it, its ASCII stems that it found (one
    set test for the others) and, in a text outside ASCII, the others; else every stem."""
    if where is None:
        return STEMS
    found = [*_ASCII_STEMS.intersection(where[0]), *_ASCII_STEMS.intersection(where[1])]
    return found if low.isascii() else [*found, *_OTHER_STEMS]


def _places(
    low: str,
    stem: str,
    where: tuple[dict[str, list[int]], set[str]] | None,
    others: dict[str, list[int]] | None = None,
) -> list[int]:
    """Where `stem` starts in `low`: from the shared index's answer `where` when it has read the text (from `others`,
    the places of the stems outside ASCII, when given), else by a scan."""
    if not stem.isascii():
        if others is not None:
            return others[stem]
        return occurrences(low, stem) if not low.isascii() and stem in low else []
    if where is not None and stem not in where[1]:
        return where[0].get(stem, [])
    return occurrences(low, stem)


def plausible(value: str, cased: str) -> bool:
    """Whether a labelled value (lower-cased) reads as a dwelling's address: a number, two words of letters, no
    machine's marks."""
    if len(value) < 8 or value.startswith(_NOT_VALUE) or "@" in value or "://" in value or "0x" in value[:3]:
        return False
    if value[0] in "$%<{[(*#":
        return False
    if not any(c.isdigit() for c in value):
        return _places_only(cased)
    words = [w for w in value.replace(",", " ").split() if sum(c.isalpha() for c in w) >= 2]
    if len(words) < 2 and not any(ord(c) > 0x2E80 for c in value):  # scripts without spaces write one "word"
        return False
    latin = [w for w in cased.replace(",", " ").split() if w[0].isascii() and w[0].isalpha()]
    if latin and sum(w[0].isupper() for w in latin) * 2 < len(latin):
        return False  # Latin-script addresses capitalise their street and town (`3 found in 2 files` is prose)
    letters = sum(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    if digits > letters * 2 or (value.count(".") >= 3 and all(p.isdigit() for p in value.split(".")[:3])):
        return False  # mostly digits (an IP, a version, a phone)
    if any(mark in value for mark in ("==", "()", "=>", "->", "::", "${", "%s", "{}", "\\u", "\\x")):
        return False
    return "'" not in _NAME_APOSTROPHE.sub("", value)  # (`St. John's`, `O'Connell Street`: a name's, no quote)


_PLACE_PART = lazy.compile(
    r"(?:(?:[a-z]{1,3}|of|the|des|del|los|las)[ -])?[^\W\d_][\w'’.-]*(?:[ -](?:(?:de|di|da|du|do|del|la|le|of|the|"
    r"des|y|e|al|el|na|sur|am|an)[ -])?[^\W\d_][\w'’.-]*){0,3}"
)
"""A part of an address between commas written without a number: one to four words (a village, a lane, a district,
a town: `Ban Phonxay`, `Mill Lane`, `Faleata West`), particles between them."""
_NOT_PLACE = frozenset(
    """
    office offices headquarters hq branch department dept division unit team desk reception plant factory warehouse
    depot campus store shop company ltd inc llc gmbh group see same above below unknown none known provided n/a tbd
    not on at file request
    """.split()
)
"""Words of a firm's premises or of a note (`Head Office, London, UK`, `Not known, on file, see above`): no
dwelling's address."""
_TEMPLATE_PARTS = frozenset(
    """
    street city town village country state province region county district postcode zip name address line house
    number area suburb locality municipality
    """.split()
)
"""Parts that name what a part holds (`Address: Street, City, Country` in a form's template or a doc)."""


def _places_only(cased: str) -> bool:
    """Whether a labelled value without a digit reads as a dwelling's address all the same: three to six parts
    between commas, each a capitalised place's name of one to four words (`Ban Phonxay, Xaysettha District,
    Vientiane`, `Rose Cottage, Mill Lane, Kington`), none a firm's premises or a note's word."""
    parts = [p.strip() for p in cased.split(",")]
    if not 3 <= len(parts) <= 6 or len(cased) > 120:
        return False
    for part in parts:
        if _PLACE_PART.fullmatch(part) is None:
            return False
        words = part.replace("-", " ").split()
        if not words[-1][0].isupper() and words[-1][0].isascii():
            return False  # (`ask at reception`: Latin-script places are capitalised)
        if any(w.lower().strip(".") in _NOT_PLACE for w in words) or part.lower() in _TEMPLATE_PARTS:
            return False
    return True


CUED_MAX = 65536
"""Texts longer than this are not read for addresses after a sentence's cue (`cued`)."""
_CUE = lazy.compile(
    r"(?:(?:lives?|living|resides?|residing|moved|relocated)[ \t]+(?:at|to)|"
    r"my (?:home |postal |new )?address is|(?:deliver|ship|send|mail|post|forward)(?:ed|ped)?"
    r"(?:[ \t]+(?:it|them|this|that|everything|the [a-z]+))?[ \t]+to|mail goes to|"
    r"vive en|reside en|wohnt in|wohnhaft in|habite (?:au|à|a)|mora (?:na|no|em)|woont (?:op|aan))[ \t]+"
)
"""On the lower-cased text: words of a sentence before a person's address (`lives at`, `moved to`, `deliver to`,
`my address is`, `send the forms to`, `vive en`, `wohnt in`)."""
_CUE_STEMS = ("live", "living", "resid", "moved", "relocated", "my ", "deliver", "ship", "send", "mail", "post")
_CUE_STEMS += ("forward", "vive en", "wohn", "habite", "mora ", "woont")
"""The starts of `_CUE`'s words, found by the shared index: the expression is tried only there."""
INDEX.add(list(_CUE_STEMS))
_ANY_CUE = lazy.compile("|".join(re.escape(stem) for stem in _CUE_STEMS))
"""Any of `_CUE_STEMS`: one pass that tells a short text holds none of them (cheaper than a search per stem)."""
SCREEN_MAX = 8192
"""Texts up to this long are screened with one pass (`_ANY_CUE`) before their stems' places are looked for."""
_CUED_VALUE = lazy.compile(r"[^\n;<>\"|]{8,160}")
_CUED_END = lazy.compile(r"\.?,?[ \t]+(?:[a-z]+[.!]?(?:[ \t]+|$))+$|[ \t]+\(")
"""Where a cued address ends before its sentence does: the sentence's words in lower case after it, a bracket."""
_ONE_WORD_SENTENCE = lazy.compile(r"\.[ \t]+[A-Z][a-z]*[!?.]?[ \t]*$")
"""A sentence of one word after the address (`... 87000 Limoges. Thanks!`)."""
_PROSE_WORDS = lazy.compile(
    r"(?<![\w-])(?:and|in|with|for|the|from|on|at|to|or|then|but|is|are|was|were|since)(?![\w-])"
)
"""Words of a sentence going on, which no address holds (`moved to Slack in 2021, Teams in 2023`)."""
_NOT_THERE = lazy.compile(
    r"(?i)(?<![a-z])(?:version|release|page|chapter|step|section|total|invoice|order|room|floor|level|stage|"
    r"team|group|channel|folder|branch|server|queue|column|row|tab|sheet)(?![a-z])"
)
"""Words of a place in a program, a document or a building rather than a home (`moved to Version 2, Beta`)."""


def cued(text: str, low: str) -> list[Finding]:
    """Addresses in a sentence after words that say where a person lives or what is sent to them (`She lives at
    Caya Betico Croes 112, Oranjestad`, `Please deliver to BP 4521, 98713 Papeete`): two parts or more between
    commas, a number among them, capitalised as an address is, nothing of a program's or a building's inside."""
    out: list[Finding] = []
    if len(low) <= SCREEN_MAX and _ANY_CUE.search(low) is None:
        return out
    places = sorted({at for stem in _CUE_STEMS for at in occurrences(low, stem)})
    for m in (_CUE.match(low, at) for at in places):
        if m is None or (m.start() and (low[m.start() - 1].isalnum() or low[m.start() - 1] in "_-")):
            continue
        value = _CUED_VALUE.match(text, m.end())
        if value is None or not (text[m.end()].isupper() or text[m.end()].isdigit()):
            continue
        start, end = value.span()
        stop = _CUED_END.search(text, start, end)
        end = _sentence(text, start, stop.start() if stop is not None else end)
        last = _ONE_WORD_SENTENCE.search(text, start, end)
        raw = text[start : end if last is None else last.start()].rstrip(" ,.")
        if raw.count(",") < 1 or _NOT_THERE.search(raw) is not None or _STOP.search(raw.lower()) is not None:
            continue
        if _PROSE_WORDS.search(raw) is not None:
            continue
        if plausible(raw.lower(), raw):
            out.append(Finding(DETECTOR, "street_address", start, start + len(raw)))
    return out
