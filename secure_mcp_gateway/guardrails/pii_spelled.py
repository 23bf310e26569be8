"""Phone numbers spelled out in words after a phone's label or a request to call (`call me on oh seven nine one one,
two three four ...`, `Tel: zero sechs ...`): the digits' words of English, Spanish, French, Portuguese, Italian,
German (`zwo` too), Dutch and Indonesian, `double` and `triple` before a digit, `plus` before the country code;
labels and requests in those languages too (`Handy:`, `ruf mich an unter`, `appelle-moi au`, `llámame al`)."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .scan import INDEX, every_place, holds_any

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
_VALUE = {w: d for d, words in _DIGIT_WORDS.items() for w in words.split()}
_WORD = "|".join(sorted(_VALUE, key=len, reverse=True))
_SPELLED = lazy.compile(
    rf"(?<![\w])(?:plus[ ,]+)?(?:(?:double|triple|doble|triple|doppio|dubbel) )?(?:{_WORD})"
    rf"(?:(?:[ ,.-]+|[ ]+(?:dash|hyphen)[ ]+)(?:(?:double|triple|doble|doppio|dubbel) )?(?:{_WORD})){{6,17}}(?![\w])"
)
"""A run of at least seven digits' words (`double five` counts two), maybe after `plus`."""
_REPEAT = {"double": 2, "doble": 2, "doppio": 2, "dubbel": 2, "triple": 3}
_LABELS = (
    *("phone", "call me", "call us", "ring me", "text me", "reach me", "whatsapp", "mobile", "my number", "tel:"),
    *("tel ", "tel.", "cell", "teléfono", "telefono", "téléphone", "telefone", "telefon", "nomor", "nummer", "número"),
    *("handy", "mobil", "ruf mich", "rufen sie", "erreichbar", "anrufen", "portable", "appelle", "appelez", "móvil"),
    *("celular", "llámame", "llamame", "ligue", "cellulare", "chiamami", "bel me", "mobiel", "hubungi"),
)
INDEX.add([w for w in _LABELS if w.isascii()])  # where each starts (see `find`)
_COUNTING = "0123456789 9876543210 1234567890"
"""Digits counted up or down (`one, two, three, ...`): a count, not a number."""
_REACH = 80
"""How far after a label its spelled number may start."""


def _digits(run: str) -> str:
    out, times = [], 1
    for word in run.replace(",", " ").replace(".", " ").replace("-", " ").split():
        if word in _REPEAT:
            times = _REPEAT[word]
        elif word in _VALUE:
            out.append(_VALUE[word] * times)
            times = 1
    return "".join(out)


def _present(words: set[str], where: tuple[dict[str, list[int]], set[str]]) -> list[str]:
    """The labels, in order, less those the shared index looks for (`words`, read before its answer `where`) and
    found nowhere."""
    return [w for w in _LABELS if w not in words or w in where[1] or w in where[0]]


def find(text: str, low: str) -> list[Finding]:
    """Phones spelled out in words within `_REACH` characters after a phone's label (`low`: `text` lower-cased)."""
    if not holds_any(low, _LABELS):
        return []
    out: list[Finding] = []
    after = 0
    words = INDEX.words  # (before the answer: words are only ever added)
    where = INDEX.answered(low)  # (the answer `holds_any` took for a long text: `in` reads all of it for each label)
    for label in _LABELS if where is None else _present(words, where):
        if label not in low:
            continue
        for at in every_place(low, label):
            if at < after:
                continue
            m = _SPELLED.search(low, at + len(label), at + len(label) + _REACH + 200)
            if m is None or m.start() > at + len(label) + _REACH:
                continue
            digits = _digits(m.group())
            if 7 <= len(digits) <= 15 and len(set(digits)) > 2 and digits not in _COUNTING:
                out.append(Finding(DETECTOR, "phone_number", m.start(), m.end()))
                after = m.end()
    return out
