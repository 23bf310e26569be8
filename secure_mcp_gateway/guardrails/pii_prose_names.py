"""Names of people in running text: capitalised words that read as a person's name (a known given name, a
surname's form or a title) in the same sentence as that person's data found (`Please reach Margaret Oyelaran at
...`, `... belongs to Tomasz Wierzbicki.`)."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .pii_people import _AGENT_NOUNS, _COMPANY_AFTER, _NAME, _name_ok, _words

DETECTOR = "pii"

_RUN = lazy.compile(r"(?<![\w.@/'’-])(?:" + _NAME.pattern + ")")
"""A run of capitalised words starting a word (a particle inside `by` is none)."""

KINDS = frozenset(
    """
    email phone_number iban date_of_birth street_address passport_number ssn us_ssn uk_nino nl_bsn id_card_number
    bank_account_number driver_license health_record_number tax_id national_id vin credit_card employee_id member_id
    """.split()
)
"""Kinds of a person's own data, in whose sentence a name is that person's."""
_BEFORE_REACH = 110
_AFTER_REACH = 70
"""How far before (after) a datum its sentence's name may stand."""
_SENTENCE_END = lazy.compile(r"[.!?](?=[ \t]+[A-Z\"'(])|\r?\n|[|\t]")
"""Where a sentence ends: a stop before a capital, a line's end, a field's separator."""
_OPENERS = frozenset(
    """
    please contact call email e-mail ask reach tell text message ping phone ring write send forward notify invite cc
    meet thank thanks congratulations welcome hi hello hey dear attn attention when while after before if since
    because although as so but and or then also however meanwhile note our your their his her my we i you they he
    she it this that there here what who yes no ok okay per via update updated new customer client patient tenant
    guest caller member employee contact applicant owner agent rep representative mr mrs ms dr retiree holder
    hola hallo bonjour olá ola ciao hej hei salut
    """.split()
)
"""Capitalised words that open a sentence or a request before a name (`Please`, `Contact`, `When`): not the name's."""
_LINKS = lazy.compile(
    r"(?:['’]s)?[ \t,(:;–—·•-]*"
    r"(?:(?:[a-z][a-z'’.-]{0,15}|[A-Z]{2,5}|[A-Z][a-z]{1,14}[.:]?|\d{1,6})\)?[ \t,:;(–—·•-]+){0,9}\Z"
)
"""What may stand between a name and its datum after it: a sentence's words, a short key in capitals or before a
colon, a role (`Margaret Oyelaran at`, `Tomasz Wierzbicki, reachable on`, `Ingrid Halvorsen yesterday; her number
is`, `Tevita Fifita, Head of Claims, on`)."""
_ROLES = (
    r"head|manager|director|officer|supervisor|lead|nurse|clerk|buyer|engineer|co-?ordinator|assistant|analyst|"
    r"specialist|administrator|consultant|chief|president|vice[ -]president|vp|partner|secretary|accountant|"
    r"technician|controller|adviser|advisor|representative|executive|associate|superintendent|foreman|planner|"
    r"inspector|librarian|teacher|principal|registrar|paralegal|counsel|dispatcher|receptionist|pharmacist|"
    r"physician|surgeon|therapist|midwife|trainee|intern|apprentice|treasurer|chair|chairperson|dean|professor|"
    r"lecturer|researcher|scientist|developer|designer|architect|editor|producer|founder|owner|"
    r"ceo|cfo|coo|cto|cio|hr|leiter|leiterin|geschäftsführer|geschäftsführerin|sachbearbeiter|sachbearbeiterin|"
    r"directeur|directrice|responsable|gérant|gérante|gerente|jefe|jefa|directora|encargado|encargada|"
    r"responsabile|direttore|direttrice|hoofd|medewerker|medewerkster|kierownik|kierowniczka|chef"
)
_ROLE_AFTER = lazy.compile(r"[ \t]*[,(|–—·•-][ \t]*(?:[\w&/.'’-]+[ \t]+){0,4}?(?i:" + _ROLES + r")(?![\w])")
"""A person's job or department right after a name (`Tevita Fifita, Head of Claims`, `Mensah Osei (Finance
Director`, `Sione Taufa – Warehouse Lead`): what makes capitalised words before it a person's name."""
_ROLE_LINE = lazy.compile(r"[ \t]*(?:[\w&/.'’-]+[ \t,]+){0,5}?(?i:" + _ROLES + r")(?![\w])[^\n\d@]{0,60}\r?\n")
"""A signature's line of a job or a department (`Operations Manager, Northern Region`), without digits or `@`."""
_NAME_LINE = lazy.compile(r"(?m)^[ \t]*(" + _NAME.pattern + r")[ \t]*\r?\n")
"""A line holding a name alone."""
_AFTER_WORDS = lazy.compile(r"(?:[ \t,]+(?:[a-z][a-z'’-]{0,15}|I)){0,6}[ \t,:(]+\Z")
"""What may stand between a datum and a name after it: a few words in lower case (`... and ask for`)."""
_CUE_BEFORE = lazy.compile(
    r"(?i)(?<![a-z])(?:by|with|for|from|to|named|called|contact|tell|ask|asked|email|e-mail|phone|text|thank|thanks|"
    r"dear|hi|hello|patient|client|customer|tenant|guest|employee|member|applicant|resident|caller|is|was|"
    # reaching a person (`Please call ... on`, `Ring ... back on`, `Remind ... at`)
    r"call|ring|reach|ping|message|notify|remind|inform|invite|meet|visit|phoned|rang|texted|emailed|messaged|"
    r"contacted|reminded|informed|met|visited)"
    r"[ \t:,]+\Z"
)
"""A word that introduces a person right before a name (`ask for`, `raised by`, `patient`)."""
_VERB_AFTER = lazy.compile(
    r"[ \t]+(?:called|rang|phoned|said|says|wrote|writes|lives|lived|moved|asked|reported|confirmed|emailed|texted|"
    r"replied|prefers|gave|provided|left|requested|signed|booked|paid|registered|complained|mentioned)(?![a-z])"
)
"""A person's doing right after a name (`Sione Tuilagi called from ...`)."""
_TIGHT = lazy.compile(r"[ \t]*[,:;(<\[–—·•-]?[ \t]*\Z")
"""Only a separator between a name and its datum (`Tobias Lindqvist 07700 900123`, `... <tl@...>`)."""
_LINE_OPEN = lazy.compile(r"[ \t]*(?:[-*•>]|\d{1,3}[.)])?[ \t]*")
"""Only blanks, a bullet or a list's number before a name on its line: a list's or a record's line opened by it."""
_NOT_BESIDE = frozenset(
    """
    now today here free online book order call ring text service services property hours line lines desk office
    info information help support enquiries enquiry inquiries bookings booking reservations hotline emergency lost
    found main head out night day weekend sales accounts department reception general switchboard number fax toll
    tel phone mobile whatsapp contact contacts us our your new old customer customers room porter security
    """.split()
)
"""Words of a line's heading or an invitation before a phone (`Book Now`, `Lost Property`, `Night Porter`)."""


def _beside(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at `start:end` open their line (after a bullet or a list's number, maybe)
    right before a datum with no label's colon between, and none is a heading's word: a person's line of a list or
    a record (`Tobias Lindqvist 07700 900123`, `1. Ingrid Halvorsen — ...`)."""
    if _LINE_OPEN.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is None or ":" in text[end : end + 3]:
        return False
    return not any(w.lower().strip(".,") in _NOT_BESIDE for w in _words(text[start:end]))


_PRONOUN_OPEN = lazy.compile(r"[ \t]*(?:[Hh]er|[Hh]is|[Tt]heir|[Ss]he|[Hh]e|[Tt]hey)(?![a-z])")
"""A sentence that opens on a pronoun speaks of the person the sentence before named."""
_ORG_WORDS = frozenset(
    """
    gmbh ag sa ltd ltda llc inc sarl sas srl spa bv nv oy ab as plc pty co corp company limited clinic dental surgery
    hospital pharmacy restaurant cafe café hotel bakery shop store salon studio services plumbing garage school
    church bank office agency foundation association club team support sales reception desk department council
    insurance telecom energy airways airlines travel tours motors group partners media labs clínica clinica región
    region provincia province société societe sociedad ferretería ferreteria farmacia banco bilhete identidade
    carte tarjeta documento kebon jalan calle rue strasse straße via avenida
    """.split()
)
"""Words of a business's or a desk's name (`Acme Plumbing`, `Harbour Dental`)."""
_LEADS_TO = lazy.compile(
    r"(?i)(?:belongs|belonging|registered|issued|assigned|listed|sent|forwarded|given)[ \t]+(?:to|for|under)"
    r"[ \t]+(?:(?:mr|mrs|ms|dr)\.?[ \t]+)?\Z|(?:holder|owner|of|for|is|from|by|name)[ \t:]+\Z"
)
"""What may stand right before a name after its datum (`... belongs to`, `... (holder:`)."""


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around `text[start:end]`, within the reaches."""
    lo = max(0, start - _BEFORE_REACH)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    stop = _SENTENCE_END.search(text, end, min(len(text), end + _AFTER_REACH))
    return lo, stop.start() if stop is not None else min(len(text), end + _AFTER_REACH)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The name's span without the sentence's opening words before it (`Please`, `Contact`)."""
    for word in _words(text[start:end]):
        low = word.lower().rstrip(".,")
        if low not in _OPENERS and low not in _AGENT_NOUNS and not low.endswith(("'s", "’s")):
            break
        start = text.index(word, start) + len(word) + 1
    return start, end


def _name(text: str, lo: int, hi: int, cued: bool = False) -> tuple[int, int] | None:
    """A person's name among the capitalised runs of `text[lo:hi]`, trimmed (None when none reads as one); `cued`:
    where the text's layout says a person's name stands there (a signature's first line)."""
    start, end = _trimmed(text, lo, hi)
    if text.endswith(("'s", "’s"), start, end):
        end -= 2
    value = text[start:end]
    if start >= end or not 2 <= len(_words(value)) <= 4 or value[0].islower():
        return None
    if any(w.lower().strip(".,") in _ORG_WORDS for w in _words(value)):
        return None
    if not _name_ok(value, True):
        if not _name_ok(value, False):
            return None
        cued = cued or _CUE_BEFORE.search(text, max(0, start - 24), start) is not None
        if not cued and _VERB_AFTER.match(text, end) is None and _ROLE_AFTER.match(text, end) is None:
            return None
    if _COMPANY_AFTER.match(text, end) is not None:
        return None
    return start, end


def near(text: str, found: list[Finding]) -> list[Finding]:
    """Names in the sentences of the person's data in `found`, none inside a finding."""
    spans = [(f.start, f.end) for f in found]
    out: list[Finding] = []
    for f in found:
        if f.kind not in KINDS:
            continue
        lo, hi = _sentence(text, f.start, f.end)
        if lo > 0 and _PRONOUN_OPEN.match(text, lo) is not None and text[lo - 1] != "\n":
            lo = _sentence(text, lo - 2, lo - 1)[0]  # `... called. Her number is ...`: the sentence before too
        best = None
        for m in _RUN.finditer(text, lo, f.start):
            if _LINKS.match(text, m.end(), f.start) is not None:
                cued = _TIGHT.match(text, m.end(), f.start) is not None and _beside(text, m.start(), m.end())
                best = _name(text, m.start(), m.end(), cued) or best
        if best is None:
            for m in _RUN.finditer(text, f.end, hi):
                if (
                    _LEADS_TO.search(text, max(f.end, m.start() - 40), m.start()) is not None
                    or _AFTER_WORDS.match(text, f.end, m.start()) is not None
                ):
                    best = _name(text, m.start(), m.end())
                break
        if best is None and lo > 0 and text[lo - 1] == "\n":
            best = _signed(text, lo)
        if best is not None and not any(s < best[1] and best[0] < e for s, e in spans):
            spans.append(best)
            out.append(Finding(DETECTOR, "person_name", *best))
    return out


def _signed(text: str, lo: int) -> tuple[int, int] | None:
    """The name of a signature whose contact line starts at `lo`: a line holding a name alone, then one or two lines
    of a job or a department (`Aroha Ngata` / `Operations Manager, Northern Region` / `aroha.ngata@...`)."""
    at = lo
    for _ in range(2):
        start = text.rfind("\n", 0, at - 1) + 1
        if _ROLE_LINE.fullmatch(text, start, at) is None:
            break
        named = _NAME_LINE.fullmatch(text, text.rfind("\n", 0, max(0, start - 1)) + 1, start) if start else None
        if named is not None:
            return _name(text, named.start(1), named.end(1), cued=True)
        at = start
    return None
