"""Phone numbers spelled out in words after a phone's label or a request to call (`call me on oh seven nine one one,
two three four ...`, `Tel: zero sechs ...`, `Ffôn: dim saith ...`, `Simu: sifuri saba ...`): the digits' words of
English, Spanish, French, Portuguese, Italian, German (`zwo` too), Dutch, Indonesian and some fifty more languages,
`double` and `triple` before a digit, `plus` before the country code, digits one by one between commas or dashes and
keycap digits; labels and requests in those languages too (`Handy:`, `ruf mich an unter`, `Puhelin:`, `Τηλ.:`)."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .scan import INDEX, LONG, every_place, holds_any, indexed

DETECTOR = "pii"
_DIGIT_WORDS = {
    "0": "zero oh nought cero zéro zero null nul nol kosong",
    "1": "one uno un um eins een satu",
    "2": "two dos deux dois due zwei zwo twee dua",
    "3": "three tres trois três tre drei drie tiga",
    "4": "four cuatro quatre quatro quattro vier empat",
    "5": "five cinco cinq cinque fünf fuenf funf vijf lima",
    "6": "six seis sei sechs zes enam",
    "7": "seven siete sept sete sette sieben zeven tujuh",
    "8": "eight ocho huit oito otto acht delapan lapan",
    "9": "nine nueve neuf nove neun negen sembilan",
}
_MORE_WORDS = {
    "0": "dim sifuri sifili sıfır sifir nolla noll núll nulis nulle nulla nula nič sero saiva náid żero odo"
    " μηδέν μηδεν ноль нуль нула صفر אפס शून्य không",
    "1": "moja daya bir yksi üks uks egy unu en ett et einn eitt vienas viens jeden jedna jedan ena isa aon"
    " ida bat wieħed një один одна една едно един један ένα ενα واحد אחת אחד एक một",
    "2": "dau dwy mbili biyu iki kaksi kaks kettő ketto két doi to två tva tveir tvö du divi dwa dva dvije dalawa"
    " dó rua bi tnejn dy два две δύο δυο اثنان اثنين שתיים שניים दो hai",
    "3": "tri tair tatu uku üç uc kolme kolm három harom trei tre þrír þrjú trys trīs trzy tři tatlo trí tolu"
    " hiru tlieta три τρία τρια ثلاثة ثلاث שלוש तीन ba",
    "4": "pedwar pedair nne hudu huɗu dört dort neljä nelja neli négy negy patru fire fyra fjórir fjögur keturi četri"
    " cztery čtyři četiri štyri štiri apat ceathair haat va lau erbgħa katër четыре чотири четири τέσσερα"
    " τεσσερα أربعة أربع ארבע चार bốn kuatru",
    "5": "pump pum tano biyar beş bes viisi viis öt ot cinci fem fimm penki pieci pięć pět pet päť lima cúig bost"
    " ħamsa pesë пять п'ять пет πέντε πεντε خمسة خمس חמש पाँच पांच năm vyf",
    "6": "chwech sita shida altı alti kuusi kuus hat șase şase sase seks sex šeši seši sześć šest šesť anim sé"
    " neen ono sei sitta gjashtë шесть шість шест έξι εξι ستة שש छह छः sáu ses",
    "7": "saith saba bakwai yedi seitsemän seitse hét het șapte şapte sapte syv sju sjö septyni"
    " septiņi siedem sedm sedam sedem pito seacht hitu vitu zazpi sebgħa shtatë семь сім седем седам επτά"
    " εφτά επτα εφτα سبعة سبع שבע सात bảy sewe",
    "8": "wyth nane takwas sekiz kahdeksan kaheksa nyolc opt otte åtte atte átta aštuoni astoņi osiem osm osam"
    " walo ocht ualu walu zortzi tmienja tetë восемь вісім осем οκτώ οχτώ οκτω οχτω ثمانية ثمان שמונה आठ tám agt",
    "9": "naw tisa tara dokuz yhdeksän yhdeksan üheksa uheksa kilenc nouă noua ni nio níu devyni deviņi"
    " dziewięć devět devet deväť siyam naoi sia ciwa bederatzi disgħa nëntë девять дев'ять девет εννέα εννιά"
    " εννεα εννια تسعة تسع תשע नौ chín nege",
}
_PACIFIC_WORDS = {
    "0": "kore selo neoni nulo aotra",
    "1": "één tahi tasi unu iray iraika",
    "2": "lua dhà dha roa",
    "3": "toru tolu trì telo",
    "4": "whā wha fā ceithir kvar efatra",
    "5": "rima còig coig kvin dimy",
    "6": "enina",
    "7": "whitu fitu seachd sep fito",
    "8": "waru valu ochd ok valo",
    "9": "iwa iva naŭ nau sivy",
}
"""The digits' words of Māori, Samoan, Scottish Gaelic, Esperanto and Malagasy, and Dutch `één` (read after the others:
a word they share keeps their digit)."""
"""The digits' words of more languages (Welsh, Swahili, Hausa, Turkish, Finnish, Estonian, Hungarian, Romanian, the
Nordic languages, Baltic and Slavic ones, Tagalog, Irish, Tetum, Fijian, Basque, Maltese, Albanian, Russian,
Ukrainian, Bulgarian, Serbian, Greek, Arabic, Hebrew, Hindi, Vietnamese): a word shared by two languages keeps the
first digit (only the count of digits and their variety are read)."""
_VALUE = {w: d for d, words in _DIGIT_WORDS.items() for w in words.split()}
for _digit, _words in _MORE_WORDS.items():
    _VALUE |= {w: _digit for w in _words.split() if w not in _VALUE}
for _digit, _words in _PACIFIC_WORDS.items():
    _VALUE |= {w: _digit for w in _words.split() if w not in _VALUE}
_VALUE |= {d: d for d in "0123456789"}  # digits one by one between commas or dashes (`0,7,7,0,0,...`), keycaps
_WORD = "|".join(sorted(_VALUE, key=len, reverse=True))
_TIMES = "(?:(?:double|triple|doble|doppio|dubbel|doppel|dobbelt) )?"
_SPELLED = lazy.compile(
    rf"(?<![\w])(?<!\d[.,-])(?:plus[ ,]+|\+)?{_TIMES}(?:{_WORD})\u20e3?"
    rf"(?:(?:[ ,.-]+|(?<=\u20e3)|[ ]+(?:dash|hyphen)[ ]+){_TIMES}(?:{_WORD})\u20e3?){{6,17}}"
    r"(?![\w]|[.,-]\d)"
)
"""A run of at least seven digits' words (`double five` counts two), maybe after `plus`; digits one by one between
commas, dots or dashes, and keycap digits (`0️⃣7️⃣...`, read as the digit and U+20E3) count as words."""
_REPEAT = {"double": 2, "doble": 2, "doppio": 2, "dubbel": 2, "doppel": 2, "dobbelt": 2, "triple": 3}
_LABELS = (
    *("phone", "call me", "call us", "ring me", "text me", "reach me", "whatsapp", "mobile", "my number", "tel:"),
    *("tel ", "tel.", "cell", "teléfono", "telefono", "téléphone", "telefone", "telefon", "nomor", "nummer", "número"),
    *("handy", "mobil", "ruf mich", "rufen sie", "erreichbar", "anrufen", "portable", "appelle", "appelez", "móvil"),
    *("celular", "llámame", "llamame", "ligue", "cellulare", "chiamami", "bel me", "mobiel", "hubungi"),
    *("ffon", "simu:", "simu ya", "waya", "puhelin", "puh.", "foon", "gsm", "mob.", "mob:", "tlf", "telepono"),
    *("numero", "numara", "sms:", "nambari", "lambar", "kontakt", "sdt", "sđt", "dien thoai", "điện thoại"),
    *("ffôn", "sími", "tālrunis", "talrunis", "mugikor", "numărul", "telefonszám", "τηλ", "κινητό", "τηλέφωνο"),
    *("телефон", "тел", "моб", "номер", "звон", "هاتف", "جوال", "رقم", "تلفن", "موبایل", "טלפון", "נייד", "फ़ोन"),
    *("फोन", "मोबाइल", "नंबर", "uimhir", "guthán", "fón", "number:", "number is", "namba", "nipigie", "piga"),
    *("bel my", "skakel", "talevoni", "naba ", "síma", "hringdu", "soita", "ara beni", "arayın", "zadzwoń", "позвон"),
    *("nommer", "broj", "nazovi", "pozovi", "waea", "pūkoro", "numera", "fios", "àireamh", "fòn", "laharana"),
    *("finday", "numri", "rang from", "called from", "calling from", "للتواصل"),
)
INDEX.add([w for w in _LABELS if w.isascii()])  # where each starts (see `find`)
_COUNTING = "0123456789 9876543210 1234567890"
"""Digits counted up or down (`one, two, three, ...`): a count, not a number."""
_REACH = 80
"""How far after a label its spelled number may start."""


def _digits(run: str) -> str:
    out, times = [], 1
    for word in run.replace(",", " ").replace(".", " ").replace("-", " ").replace("\u20e3", " ").split():
        if word in _REPEAT:
            times = _REPEAT[word]
        elif word in _VALUE:
            out.append(_VALUE[word] * times)
            times = 1
    return "".join(out)


_TOKEN = lazy.compile(r"[^\s,.\-+\u20e3]+")
_GAP = frozenset(" ,.-+\u20e3")
_SAYS = frozenset((*_VALUE, *_REPEAT, "plus", "dash", "hyphen"))
_PUNCT = "()[]{}!?;:'\"«»“”‘’"


def _candidate(low: str, lo: int, hi: int) -> int:
    """Where the first run of seven words of `_SPELLED` or more between `lo` and `hi` starts (-1: none): one pass of a
    plain expression and a set test a word, where `_SPELLED`'s many words cost ten times as much at every place."""
    start, count, end = -1, 0, lo
    for m in _TOKEN.finditer(low, lo, hi):
        word = m.group()
        joined = count and _GAP.issuperset(low[end : m.start()])
        if word not in _SAYS and word.strip(_PUNCT) not in _SAYS:
            count = 0
            continue
        if not joined:
            start, count = m.start(), 0
        count += 1
        end = m.end()
        if count >= 7:
            return start
    return -1


_BARE = lazy.compile(r"[\d ,.+-]+")


def _bare_ok(run: str, digits: str) -> bool:
    """Whether a run is a phone's: one written as digits one by one between commas, dots or dashes must read as a
    whole number (from `0` or `plus`, ten digits or more), not a list of scores or a version (keycaps are a number's
    display: kept)."""
    if "\u20e3" in run or _BARE.fullmatch(run) is None:
        return True
    return len(digits) >= 10 and (digits[0] == "0" or run[0] == "+")


_ASCII_LABELS = tuple(w for w in _LABELS if w.isascii())
_WIDE_LABELS = tuple(w for w in _LABELS if not w.isascii())


def _present(words: set[str], where: tuple[dict[str, list[int]], set[str]]) -> list[str]:
    """The ASCII labels, in order, less those the shared index looks for (`words`, read before its answer `where`)
    and found nowhere."""
    return [w for w in _ASCII_LABELS if w not in words or w in where[1] or w in where[0]]


_WIDE_LEADS: dict[str, tuple[str, ...]] = {}
for _label in _WIDE_LABELS:
    _lead = next(c for c in _label if not c.isascii())
    _WIDE_LEADS[_lead] = (*_WIDE_LEADS.get(_lead, ()), _label)


def _wide_present(low: str) -> list[str]:
    """The labels outside ASCII (`Ffôn`, `Τηλ`, `телефон`) that `low` holds, each looked for only where its first
    character outside ASCII is there (one quick search a character: a whole scan of a long text for each label would
    cost more than all the rest)."""
    if low.isascii():
        return []
    return [w for c, labels in _WIDE_LEADS.items() if c in low for w in labels if w in low]


def find(text: str, low: str) -> list[Finding]:
    """Phones spelled out in words within `_REACH` characters after a phone's label (`low`: `text` lower-cased)."""
    wide = _wide_present(low)
    if not wide and not holds_any(low, _ASCII_LABELS):
        return []
    out: list[Finding] = []
    after = 0
    words = INDEX.words  # (before the answer: words are only ever added)
    where = INDEX.answered(low) if len(low) >= LONG else indexed(low)  # (the answer `holds_any` took: `in` reads
    # all of the text for each label)
    for label in [*(_ASCII_LABELS if where is None else _present(words, where)), *wide]:
        if label not in low:
            continue
        for at in every_place(low, label):
            if at < after:
                continue
            start = _candidate(low, at + len(label), at + len(label) + _REACH + 200)
            if start < 0 or start > at + len(label) + _REACH:
                continue
            m = _SPELLED.search(low, max(start - 6, at + len(label)), at + len(label) + _REACH + 200)
            if m is None or m.start() > at + len(label) + _REACH:
                continue
            digits = _digits(m.group())
            if not _bare_ok(m.group(), digits):
                continue
            if 7 <= len(digits) <= 15 and len(set(digits)) > 2 and digits not in _COUNTING:
                out.append(Finding(DETECTOR, "phone_number", m.start(), m.end()))
                after = m.end()
    return out
