"""Dates of birth with the day or the year written in words, as letters and dictated forms give them (`the fourth of
March, 1985`, `March twenty-first 1985`, `4 March nineteen eighty-five`, `quatre mars 1985`, `cuatro de marzo de
1985`): read after the birth-date labels of `pii_ids`."""

from __future__ import annotations

import re

from . import lazy

_UNITS = "one two three four five six seven eight nine".split()
_ORDINAL_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_ORDINAL_TEENS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
)
_ENGLISH_DAYS = (
    *_UNITS,
    *_ORDINAL_UNITS,
    *_TEENS,
    *_ORDINAL_TEENS,
    "twenty",
    "twentieth",
    "thirty",
    "thirtieth",
    *(f"twenty[ -]{w}" for w in (*_UNITS, *_ORDINAL_UNITS)),
    "thirty[ -]one",
    "thirty[ -]first",
)
_FRENCH_DAYS = (
    "premier un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
    "dix-huit dix-neuf vingt trente".split()
)
_FRENCH_DAYS += ("vingt[ -]et[ -]un", "trente[ -]et[ -]un", *(f"vingt-{w}" for w in _FRENCH_DAYS[2:10]))
_SPANISH_DAYS = (
    "primero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince diecis[ée]is "
    "diecisiete dieciocho diecinueve veinte veintiuno veintid[óo]s veintitr[ée]s veinticuatro veinticinco "
    "veintis[ée]is veintisiete veintiocho veintinueve treinta".split()
)
_SPANISH_DAYS += ("treinta y uno",)
_DAY = "|".join(sorted({*_ENGLISH_DAYS, *_FRENCH_DAYS, *_SPANISH_DAYS}, key=lambda w: (-len(w), w)))
"""A day of the month in words (English cardinals and ordinals, French, Spanish)."""

_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_YEAR_TAIL = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[ -](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}|o(?:h)?[ -](?:{'|'.join(_UNITS)}))"
)
_YEAR_WORDS = (
    rf"(?:nineteen(?: hundred(?: and)?)?[ -]{_YEAR_TAIL}|"
    rf"two thousand(?:(?: and)? (?:{_YEAR_TAIL}|{'|'.join(_UNITS)}))?|"
    rf"twenty[ -](?:{'|'.join(_TEENS)}|(?:twenty)(?:[ -](?:{'|'.join(_UNITS)}))?))"
)
"""A year in English words (`nineteen eighty-five`, `nineteen oh two`, `two thousand and three`, `twenty twelve`)."""
_YEAR = rf"(?:(?:19|20)\d\d|{_YEAR_WORDS})"
_DIGIT_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"


MORE_MONTHS = (
    # Swedish, Danish, Norwegian, Icelandic, Estonian
    r"maj|augusti|marts|desember|jan[úu]ar|febr[úu]ar|apr[íi]l|ma[íi]|j[úu]n[íi]|j[úu]l[íi]|[áa]g[úu]st|okt[óo]ber|"
    r"n[óo]vember|jaanuar|veebruar|m[äa]rts|aprill|juuni|juuli|oktoober|detsember|"
    # Finnish (`14. maaliskuuta`), Polish, Czech and Slovak in the genitive a date takes
    r"(?:tammi|helmi|maalis|huhti|touko|kes[äa]|hein[äa]|elo|syys|loka|marras|joulu)kuu(?:ta)?|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia|"
    r"ledna|[úu]nora|b[řr]ezna|dubna|kv[ěe]tna|[čc]ervna|[čc]ervence|srpna|z[áa][řr][íi]|[řr][íi]jna|listopadu|"
    r"prosince|janu[áa]ra|febru[áa]ra|apr[íi]la|m[áa]ja|j[úu]na|j[úu]la|augusta|septembra|okt[óo]bra|novembra|"
    r"decembra|"
    # Hungarian, Romanian, Croatian (genitive), Serbian, Bosnian, Slovenian, Albanian
    r"janu[áa]r|febru[áa]r|m[áa]rcius|[áa]prilis|m[áa]jus|j[úu]nius|j[úu]lius|augusztus|szeptember|"
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    r"sije[čc]nja|velja[čc]e|o[žz]ujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenog?a|prosinca|"
    r"mart|avgust|septembar|oktobar|novembar|decembar|marec|junij|julij|"
    r"janar|shkurt|prill|qershor|korrik|gusht|shtator|tetor|n[ëe]ntor|dhjetor|"
    # Portuguese, Catalan, Indonesian, Malay, Turkish
    r"novembro|gener|febrer|maig|juny|juliol|agost|setembre|desembre|maret|agustus|desember|julai|ogos|disember|"
    r"ocak|[şs]ubat|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k|"
    # Russian, Ukrainian (genitive), Bulgarian, Greek (genitive)
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
    r"януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|"
    r"ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μα[ΐι]ου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|"
    r"νοεμβρίου|δεκεμβρίου|"
    # Arabic (Egypt and the Gulf, the Levant), Persian, Hebrew (with `ב`), Hindi, Georgian, Armenian (genitive)
    r"يناير|فبراير|مارس|أبريل|إبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    r"كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول|"
    r"فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|"
    r"اوت|سپتامبر|اکتبر|نوامبر|دسامبر|"
    r"ב?(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)|"
    r"जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|"
    r"दिसंबर|दिसम्बर|"
    r"იანვარი|თებერვალი|მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|სექტემბერი|ოქტომბერი|ნოემბერი|დეკემბერი|"
    r"հունվարի|փետրվարի|մարտի|ապրիլի|մայիսի|հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի|հոկտեմբերի|նոյեմբերի|"
    r"դեկտեմբերի|"
    # short forms with a dot (`14 janv. 1987`, `3 dic. 1979`, `14. Okt. 1987`)
    r"janv|f[ée]vr?|avr|juil|ene|abr|ago|dic|m[äa]r|okt|dez"
)
"""Month names of more languages, as a date writes them after the day (genitive where the language takes one; Thai's
are read as spaces, see `pii_ids`)."""
WEEKDAY = (
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|"
    r"domingo),? "
)
"""A weekday's name before a date (`Montag, 14. März 1987`)."""


def value(months: str) -> str:
    """The expression of a birth date with its day or year in words (`months`: the month names `pii_ids` reads)."""
    day = rf"(?:the )?(?:{_DAY}|{_DIGIT_DAY})"
    return (
        r"(?i:"
        rf"{day}(?: de| of)? (?:{months})\.?,?(?: de| of)? {_YEAR}"
        rf"|(?:{months})\.? (?:the )?(?:{_DAY}|{_DIGIT_DAY}),? (?:of )?{_YEAR})(?![\w-])"
    )


_CJK = "〇零一二三四五六七八九"
_CJK_VALUE = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
_CJK_VALUE["零"] = "0"
_CJK_MONTH = "十[一二]?|[一二三四五六七八九]"
_CJK_DAY = "三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九]"
CJK_DATE = lazy.compile(f"(?<![{_CJK}十])([{_CJK}]{{4}})年({_CJK_MONTH})月({_CJK_DAY})日")
"""A date in Chinese numerals (`一九八五年三月十五日`, `二〇〇一年十二月三日`)."""


def _cjk_number(numerals: str) -> str:
    """Chinese numerals of a number below a hundred as ASCII digits (`二十五` -> `25`, `十二` -> `12`)."""
    if "十" not in numerals:
        return "".join(_CJK_VALUE[c] for c in numerals)
    tens, _, units = numerals.partition("十")
    return f"{_CJK_VALUE[tens] if tens else '1'}{_CJK_VALUE[units] if units else '0'}"


def _cjk_date(m: re.Match[str]) -> str:
    year = "".join(_CJK_VALUE[c] for c in m.group(1))
    parts = [_cjk_number(m.group(2)), _cjk_number(m.group(3))]
    month, day = (p.rjust(len(g)) for p, g in zip(parts, (m.group(2), m.group(3)), strict=True))
    return f"{year}年{month}月{day}日"


def cjk_dates(text: str) -> str:
    """`text` with its dates in Chinese numerals written in ASCII digits (same length: positions hold), so a birth
    date's label reads them (`出生日期：一九八五年三月十五日`)."""
    return CJK_DATE.sub(_cjk_date, text)
