"""Names written in scripts that no reader of names knows (Runic, Ogham, Deseret, Javanese, Bamum, N'Ko, Cherokee,
Ethiopic...), found by where they stand: a field's value after a label that names no thing, a cell of a row that
holds a person's other data, a run of words right before such data, a greeting's or a sign-off's name."""

from __future__ import annotations

import bisect
import itertools
import re

from . import lazy, pii_people
from .findings import Finding
from .pii_people import _letters_and_marks

DETECTOR = "pii"
_BLOCKS = (
    *((0x07C0, 0x07FF), (0x0800, 0x085F), (0x1200, 0x139F), (0x13A0, 0x13FF), (0x1400, 0x167F), (0x1681, 0x169A)),
    *((0x16A0, 0x16FF), (0x1700, 0x177F), (0x18B0, 0x18FF), (0x1900, 0x19DF), (0x1A00, 0x1AAF), (0x1B00, 0x1C7F)),
    *((0x2C00, 0x2CFF), (0x2D30, 0x2D7F), (0x2D80, 0x2DDF), (0xA4D0, 0xA63F), (0xA6A0, 0xA6FF), (0xA800, 0xA8DF)),
    *((0xA900, 0xA9DF), (0xAA00, 0xAAFF), (0xAB00, 0xAB2F), (0xAB70, 0xABFF), (0x10000, 0x104FF)),
    *((0x10500, 0x10CFF), (0x10D00, 0x10D3F), (0x10E00, 0x1D3FF), (0x1D800, 0x1E95F)),
)
"""N'Ko, Samaritan, Mandaic, Ethiopic, Cherokee, Canadian syllabics, Ogham, Runic, the Philippine scripts, Limbu, the
Tai scripts, Buginese, Balinese, Sundanese, Batak, Lepcha, Ol Chiki, Glagolitic, Coptic, Tifinagh, Lisu, Vai, Bamum,
Syloti Nagri, Phags-pa, Saurashtra, Kayah Li, Rejang, Javanese, Cham, Meetei Mayek, and the scripts of the
supplementary plane (Deseret, Osage, Adlam...) but the mathematical letters (read as Latin ones before this) and the
CJK ideographs."""
_LIVING = (
    *((0x07C0, 0x07FF), (0x1200, 0x167F), (0x18B0, 0x18FF), (0x1C50, 0x1C7F), (0x2D30, 0x2DDF), (0xA4D0, 0xA63F)),
    *((0xAB00, 0xAB2F), (0xAB70, 0xABBF), (0x104B0, 0x104FF), (0x10D00, 0x10D3F), (0x1E900, 0x1E95F)),
)
"""N'Ko, Ethiopic, Cherokee, Canadian syllabics, Ol Chiki, Tifinagh, Lisu, Vai, Osage, Hanifi Rohingya and Adlam: the
scripts of communities that write their places, firms and goods in them every day, whose words are read as a name
after a label naming a person only (`Guide:`, `Member name:`), not after any label that names no thing."""
_RARE = _letters_and_marks(*_BLOCKS)
_WORD = f"{_RARE}{{2,24}}"
_IN_BLOCKS = "[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _BLOCKS) + "\u169b\u169c]"
ANY = lazy.compile(_IN_BLOCKS)
_STRETCH = lazy.compile(f"{_IN_BLOCKS}+(?:[ \u1680\u1361]{_IN_BLOCKS}+)*")
"""Characters of those blocks, words of them with one space between (Ogham's space mark, Ethiopic's wordspace): found
by their blocks' few ranges (a class of their letters alone holds thousands of ranges: reading a long text with it
costs a second a few MB)."""
_NAME = lazy.compile(f"\u169b?{_WORD}(?:[ \u1680\u1361]{_WORD}){{0,3}}\u169c?")
"""One to four words of those scripts (Ogham's feather marks too): the whole of a stretch (a longer one is a
passage, not a name)."""

_LABEL_CUTS = re.compile(r"[^\n:：|;\t{}\[\]\"=<>]{1,60}\Z")
_LABEL_START = re.compile(r"[^\W\d_]")
_SEPARATORS = "|;\t,"
_VALUE_ENDS = re.compile(r"[ \t]*(?:\Z|[\n,;|\"'<(/\t.–—]|-[ \t])")
"""What may follow a field's or a cell's value: its line's end, a separator, a quote, a bracket, a dash."""
_DATA_AFTER = re.compile(r"[ \t]*(?:[(<,|/;–—-]|\n)[ \t]*")
_GREETINGS = re.compile(
    r"(?:^|(?<=[\n\"'>]))[ \t]*(?:dear|hi|hello|hey|attn\.?|attention|mr\.?|mrs\.?|ms\.?|miss|dr\.?|mx\.?)[ \t]+\Z",
    re.IGNORECASE,
)
_SIGN_OFFS = re.compile(
    r"(?:^|\n)[ \t]*(?:thanks|thank you|many thanks|regards|best regards|kind regards|best|cheers|sincerely|yours"
    r"|yours sincerely|yours truly|warm regards|with thanks|--|—)[ \t]*[,.!]?[ \t]*\n[ \t]*\Z",
    re.IGNORECASE,
)
_SIGNATURE_REACH = 120
_LINE_REACH = 240
"""How far before a stretch its label, and how far around it its row's other cells, are read."""
_HEADER_REACH = 4000
_BLANK_END = re.compile(r"\s*\Z")
_THING_WORDS = frozenset(
    """
    word words term phrase greeting greetings hello welcome motto slogan saying proverb quote quotation caption
    heading header title subtitle headline text sentence meaning means translation translated transliteration
    transcription inscription inscribed sign signage legend font typeface sample example unicode language lang
    abbreviation acronym keyword tag hashtag answer reply response status result note notes comment remark message
    subject description summary lyrics song poem verse chapter section lesson page
    city town village district province state region country capital county municipality commune suburb
    neighbourhood neighborhood quarter ward street road avenue lane square place location locality area island river
    lake mountain mount valley temple church mosque shrine monastery palace castle fort museum park station airport
    port market bridge school university college hospital clinic address venue destination origin route kingdom
    company firm business shop store brand product item goods dish menu food drink flavour flavor recipe restaurant
    cafe hotel publisher newspaper magazine journal book album film movie show series channel app game team club band
    organisation organization org association society union ministry agency department office bank model sku
    festival holiday event month day weekday season colour color animal plant fruit nation tribe people clan
    kota desa kampung kabupaten provinsi kecamatan kelurahan negara pulau jalan ville pays ciudad pueblo stadt dorf
    hometown birthplace residence landmark prefecture township canton oblast parish hamlet settlement territory
    peak pass hill hills forest woods reserve bay beach coast harbour harbor gulf sea ocean stream waterfall falls
    valley plateau plain desert lagoon cape peninsula archipelago continent homeland motherland county seat site
    spot landmark monument cave gorge canyon glacier volcano spring springs well oasis farm ranch estate plantation
    mine quarry dam reservoir canal pier wharf dock terminal depot camp base headquarters hq venue arena stadium
    hall centre center mall plaza pagoda stupa gompa wat mission
    """.split()
)
"""Words heading a label whose value is a text, a place, an organisation or a product (`Greeting:`, `Town:`,
`Publisher:`, `Name of the village:`), not a person."""
_PERSON_WORDS = (
    pii_people._ROLE_CELLS
    | pii_people._HEADER_ROLES
    | pii_people._PERSON_TYPES
    | frozenset(("name", "names", "guide", "crew", "staff", "contact", "nombre", "nom", "nama", "jina"))
)
_DOER = re.compile(r"(?:[^aeiou]er|or|ee|ist|ian|ant|ent|ess|man|woman|men|smith|wright|herd|maid|ier|eur|euse)\Z")
_PREPOSITIONS = frozenset("of de du des del on at for from with to by in per under during via".split())
_NEUTRAL_WORDS = frozenset(
    """
    in the a an its their of de written writing script scripts letters letter characters character glyphs alphabet
    syllabary spelled spelling spelt native original local
    english javanese balinese sundanese batak buginese makasar meitei meetei mayek manipuri bamum amharic tigrinya
    geez ethiopic tamazight berber amazigh tifinagh tuareg kabyle nko mandinka bambara manding fula fulani pulaar
    adlam osage vai lisu cree inuktitut ojibwe syllabics deseret shavian gothic runic runes ogham glagolitic coptic
    syriac mandaic samaritan cherokee tsalagi santali ol chiki chakma limbu lepcha newa tirhuta dogra khojki siddham
    grantha tagbanwa buhid hanunoo baybayin rejang cham tai viet tham le lue yi
    """.split()
)
"""Words of a label that say how its value is written (`Name in Deseret letters:`, `Cherokee:`): a label of these
alone is a word's translation; with others, the others say what the value is."""
_LABEL_WORDS = re.compile(r"[^\W\d_]+")
_NOT_PEOPLE_HEADERS = frozenset(("id", "no", "nr", "key", "code", "value", "type", "kind", "notes"))
_CUES = re.compile(
    r"(?i)\b(?:contact|call|ring|text|ask|ask for|message|whatsapp|signal|telegram|reach|attn|c/o|care of)\b"
    r"[^\n]{0,24}\Z"
)
"""Words that ask to reach a person, a few words before the person's name (`Emergency contact — <name> — 07700...`)."""
_DATA_KINDS = frozenset(
    """
    email date_of_birth passport_number ssn us_ssn uk_nino nl_bsn id_card_number driver_license health_record_number
    tax_id employee_id member_id iban bank_account_number
    """.split()
)
"""A person's own data in a row or right after a run of words, which that run names (a phone or an address alone
may be a shop's)."""


def _alphabet(word: str) -> bool:
    """Whether a word is a run of its script's letters in their order (`ⰀⰁⰂⰃ`: a table of the script, no name)."""
    codes = [ord(c) for c in word]
    return len(codes) >= 3 and all(b - a == 1 for a, b in itertools.pairwise(codes))


def _label(before: str) -> str:
    """The label of a field whose value follows `before` (a line's start up to the value), or '': the words before
    its colon (and a JSON key's quotes), back to the line's start or a separator."""
    head = before.rstrip(" \t\"'")
    if head[-1:] not in (":", "：") or head[-2:] == "::":
        return ""
    m = _LABEL_CUTS.search(head[:-1].rstrip(" \t\"'")[-61:])
    start = None if m is None else _LABEL_START.search(m.group())
    return "" if start is None else m.group()[start.start() :]


def _thing_word(word: str) -> bool:
    """Whether `word` names a thing: one of `_THING_WORDS`, its plural, or a compound ending in one of four letters
    or more (`villages`, `hometown`, `townsfolk` is not one)."""
    if word in _THING_WORDS or (word.endswith("s") and (word[:-1] in _THING_WORDS or word[:-2] in _THING_WORDS)):
        return True
    return any(word[-k:] in _THING_WORDS for k in range(4, len(word)))


def _living(c: str) -> bool:
    """Whether `c` is a letter of one of `_LIVING` scripts."""
    return any(lo <= ord(c) <= hi for lo, hi in _LIVING)


def _person_word(word: str) -> bool:
    """Whether a label's last word names a person: a role (`guide`, `member`, `guest`), a name, or a doer's form
    (`rigger`, `donor`, `trainee`, `florist`, `foreman`)."""
    return word in _PERSON_WORDS or _DOER.search(word) is not None


def _label_says(label: str, living: bool = False) -> str:
    """`person` for a label naming no thing in a script other readers know, `thing` for a label naming a text, a
    place, an organisation or a product (its head: the last word before a preposition but those of `_NEUTRAL_WORDS`,
    or a word after `of`: `Name of the town:`), or a language alone (`Cherokee:`), '' for a label in the value's own
    scripts (`ꦗꦼꦤꦼꦁ:`), which their own readers read (and, for a word of a living script, a label whose head names no
    person: see `_LIVING`)."""
    if ANY.search(label) is not None:
        return ""
    words = [w.lower() for w in _LABEL_WORDS.findall(label) if w.lower() not in ("the", "a", "an")]
    if any(a in ("of", "de") and _thing_word(b) for a, b in itertools.pairwise(words)):
        return "thing"
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    told = [w for w in words[: cut or len(words)] if w not in _NEUTRAL_WORDS]
    if told and told[-1].endswith("name") and len(told[-1]) > 4:
        told[-1:] = [told[-1][:-4], "name"]  # `Placename`, `Shopname`: as `Place name`
    if len(told) > 1 and told[-1] in ("name", "names"):
        told.pop()  # `Town name:` is a town's, `Guest name:` a guest's: the word before says whose
    if not told or _thing_word(told[-1]):
        return "thing"
    if living and not _person_word(told[-1]):
        return ""  # a word of a living script after a label that names neither a thing nor a person
    return "person"


class _Data:
    """A person's data found in the text (`_DATA_KINDS` and phones), by where each starts."""

    def __init__(self, found: list[Finding]) -> None:
        own = sorted((f.start, f.kind) for f in found if f.kind in _DATA_KINDS or f.kind == "phone_number")
        self.starts = [s for s, _ in own]
        self.kinds = [k for _, k in own]

    def kinds_in(self, lo: int, hi: int) -> set[str]:
        """The kinds of the data starting from `lo` to before `hi`."""
        return set(self.kinds[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)])


def _position(text: str, start: int, end: int, data: _Data) -> bool:
    """Whether the stretch `text[start:end]` stands where a person's name does (see the module's docstring)."""
    reach = max(0, start - _LINE_REACH)
    line_start = text.rfind("\n", reach, start) + 1 or reach
    before = text[line_start:start]
    ends = _VALUE_ENDS.match(text, end) is not None
    label = _label(before)
    living = _living(text[start])
    if label:
        says = _label_says(label, living)
        if says == "thing" or (says == "person" and _things_record(text, start, end)):
            return False
        if says == "person" and ends:
            return True
    if _GREETINGS.search(before) is not None and text[end : end + 1] in ("", ",", "!", "\n", ":"):
        return True
    if before.strip() == "" and text[end : end + 1] in ("", "\n"):
        signed = _SIGN_OFFS.search(text, max(0, line_start - 40), line_start) is not None
        if signed and (_BLANK_END.match(text, end) is not None or data.kinds_in(end, end + _SIGNATURE_REACH)):
            return True  # `Thanks,\n<name>\nmobile ...`: a sign-off's name, the last line or over contact lines
    after = _DATA_AFTER.match(text, end)
    if after is not None and before.rstrip()[-1:] not in "\"'“”«»":  # (not a quoted word)
        kinds = data.kinds_in(after.end(), after.end() + 1)
        if kinds & _DATA_KINDS:
            return True  # `<name> <mail>`, `<name>, born ...`
        if kinds and _CUES.search(before) is not None:
            return True  # `Contact <name> (+62 ...)`: a phone of a person the line asks to reach
    if not ends or (before.rstrip(" ")[-1:] or "\n") not in _SEPARATORS + "\n" or start - line_start > _LINE_REACH:
        return False  # not a cell of a row (a cell: between separators, or opening its line)
    line_end = text.find("\n", end, end + _LINE_REACH)
    line_end = min(len(text), end + _LINE_REACH) if line_end < 0 else line_end
    if data.kinds_in(line_start, line_end) & _DATA_KINDS:
        return True  # a row holding the person's mail, birth date or an id
    return _header_says(text, line_start, text[line_start:start], text[end:line_end], living)


def _things_record(text: str, start: int, end: int) -> bool:
    """Whether the record around `text[start:end]` is a thing's by its keys (`"type": "place"`, `"price": ...`)."""
    typed = pii_people._keyed_type(text, start, end)
    return bool(typed) and typed not in pii_people._PERSON_TYPES and typed not in pii_people._PERSON_KIND_WORDS


def _header_says(text: str, line_start: int, before: str, after: str, living: bool) -> bool:
    """Whether a cell's column is headed by a label naming no thing (`id,picker,phone` over `17,<name>,+49...`): the
    header being the first line of the cell's block of lines, cut by the same separator."""
    sep = next((c for c in before.rstrip(" ")[-1:] + after.lstrip(" ")[:1] if c in _SEPARATORS), "")
    if not sep:
        return False
    lo = max(0, line_start - _HEADER_REACH)
    top = text.rfind("\n\n", lo, line_start)
    top = lo if top < 0 else top + 2
    if top >= line_start or (top == lo and lo > 0):
        return False  # the first line of its block (a header itself, or a row without one), or too far below it
    head = text[top : text.find("\n", top)]
    if pii_people.THING_COLUMNS.search(head.lower()) is not None:
        return False  # `name,price,qty`: a table of goods or places
    header = head.split(sep)
    at = before.count(sep)
    if len(header) != at + after.count(sep) + 1 or not _LABEL_WORDS.fullmatch(header[at].strip(" \"'_")):
        return False
    return _label_says(header[at], living) == "person" and header[at].strip(" \"'").lower() not in _NOT_PEOPLE_HEADERS


def find(text: str, found: list[Finding]) -> list[Finding]:
    """Names in scripts no other reader knows (`text`: not ASCII), as short stretches of their words standing where
    a person's name does; `found`: what the other readers found so far (a person's data beside a stretch)."""
    out: list[Finding] = []
    data = _Data(found)
    for m in _STRETCH.finditer(text):
        if _NAME.fullmatch(text, m.start(), m.end()) is None:
            continue  # a letter alone, a passage of five words or more, or signs that are no letters
        words = m.group().strip("\u169b\u169c").replace("\u1680", " ").replace("\u1361", " ").split()
        if any(_alphabet(w) for w in words) or not _position(text, m.start(), m.end(), data):
            continue
        out.append(Finding(DETECTOR, "person_name", m.start(), m.end()))
    return out
