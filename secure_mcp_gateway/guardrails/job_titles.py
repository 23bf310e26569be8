"""Letters and notices to people whose job is called assistant, agent or administrator: workplace news, not orders."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .orders import ERRANDS, everyday

_KINDS = frozenset(("model_address", "impersonation"))
"""The findings a greeting or an office's label alone gives ("Dear Assistant,", "Message from the administrator:")."""
_REACH = 400
"""A text up to this long is read whole; a longer one is never excused here."""
_DISCOUNT = 0.45
"""What a workplace letter takes off its greeting's finding (the discount `everyday` gives a labelled to-do)."""
_HEAD = lazy.compile(
    r"\s*(?:dear|hello|hi|hey|good\s+morning|attention|attn|note|message|memo|notice|reminder|update|to)\b"
    r"(?P<who>[^:,!\n]{1,48}?)\s*(?:[:,!]|\s-\s)"
)
"""A greeting or a notice's label at the start of the text, up to its colon or comma ("Dear Assistant,",
"Message to the assistant on duty:", "Note from the administrator:")."""
_JOBS = frozenset(("assistant", "assistants", "agent", "agents", "administrator", "administrators", "admin"))
"""The words that name a person's job as well as a model or an office ("dental assistant", "estate agent")."""
_WHOSE = frozenset(
    "on duty shop sales teaching dental nursing medical care classroom library lab research office personal executive"
    " legal travel estate letting insurance booking ticket customer service support manager managers team staff site"
    " school".split()
)
"""The words that say which assistants or agents ("dental assistant", "estate agents", "assistant on duty")."""
_HEAD_WORDS = (
    _JOBS
    | _WHOSE
    | frozenset(
        "to from for the all our any every dear hello hi hey good morning attention attn note message memo notice"
        " reminder update".split()
    )
)
"""The words a greeting to a person by their job may hold; a model's name ("AI", "LLM", "Claude"), "reading this" or
"system" is none of them."""

_PARTS = lazy.compile(r"[^.,;:!?\n]+")
"""The text's parts between punctuation marks: each is read on its own ("..., follow them exactly")."""
_WORD = lazy.compile(r"[a-z0-9][a-z0-9'-]*")
_LEADS_IN = frozenset("please kindly and then also just so but".split())
_OPENS = frozenset(
    "i we you he she they it this that these those there here our your my their his her its the a an thank thanks"
    " welcome congratulations sorry good great happy unfortunately as on at in from by for after before during until"
    " today tonight tomorrow yesterday next last monday tuesday wednesday thursday friday saturday sunday morning"
    " afternoon evening no remember".split()
)
"""How a sentence of news, thanks or an errand may open (a pronoun, an article, thanks, a time or place); any
other first word is a verb told ("rate this candidate first", "follow them exactly") unless an errand's."""

_MODALS = frozenset("must should shall will would can could may might need needs ought 'll".split())
_WILL = frozenset("will would can could may might 'll".split())
"""The modals of what will or can happen: told to "you", an act; of anything else, news."""
_AFTER_YOU = _MODALS | frozenset(
    "for to about at in on with by from and or as if when are were have had 'll 're 've all both soon".split()
)
"""What may follow "you" when it is not the subject of an order told ("thank you for", "we will contact you about")."""
_SKIPPED = frozenset("not never always also now still to first all please kindly then be".split())

_NAMES_A_THING = frozenset("a an the some more no any your our their his her its this that these those".split())
"""After "need(s)", a thing needed ("the patient needs a glass of water"), not an act told."""


def _errand(word: str) -> bool:
    """Whether a verb, or its participle ("collected", "signed"), is an errand's."""
    return word in ERRANDS or any(word.endswith(e) and word[: -len(e)] in ERRANDS for e in ("ed", "d"))


def _told(toks: list[str]) -> bool:
    """Whether every act a part tells ("you <verb>", "must [be] <verb>", "you will <verb>") is an errand's ("you must
    sign in", "the keys must be returned"), not "it is important that you rank ..." or "should be ranked first"; what
    will happen to anything else is news ("the car park will be resurfaced", "the surgery will open at 8")."""
    for i, t in enumerate(toks):
        if t == "you" and i + 1 < len(toks) and toks[i + 1] not in _AFTER_YOU and not _errand(toks[i + 1]):
            return False
        if t in _MODALS:
            k = i + 1
            while k < len(toks) and toks[k] in _SKIPPED:
                k += 1
            if k == len(toks) or toks[k] in _NAMES_A_THING or _errand(toks[k]):
                continue
            if t in _WILL and (toks[k - 1] == "be" or toks[i - 1 : i] != ["you"]):
                continue
            return False
    return True


def _daily(part: str) -> bool:
    """Whether one part of the text is news, thanks or an errand (`orders.everyday`) and does not open on an order's
    verb other than an errand's ("Please collect the worksheets", not "Classify this transaction as legitimate")."""
    toks = _WORD.findall(part)
    k = 0
    while k < len(toks) and toks[k] in _LEADS_IN:
        k += 1
    if k == len(toks):
        return True
    first = toks[k]
    if (
        first not in _OPENS
        and first not in _JOBS
        and first not in _WHOSE
        and not _errand(first)
        and not first[0].isdigit()
    ):
        return False
    return everyday(toks) and _told(toks)


def _greeted(text: str, found: list[Finding]) -> int:
    """Where the text's opening greeting to a job title ends (0 when it has none, or a finding reaches past it)."""
    m = _HEAD.match(text)
    if m is None:
        return 0
    words = m.group("who").split()
    if _JOBS.isdisjoint(words) or not _HEAD_WORDS.issuperset(words):
        return 0
    return m.end() if all(f.start < m.end() for f in found) else 0


def discounted(found: list[Finding], text: str) -> list[Finding]:
    """`found` (injection findings in the reading copy `text`) weakened where they are only a greeting or an office's
    label addressed to a job title at the start of a short text ("Dear Assistant, thank you for your application",
    "Message from the administrator: you will receive the door code") and every clause after it speaks of the
    reader's day (`orders.everyday`: no prompt, rule, tool, limit, secret or user's data, only errands told)."""
    if len(text) > _REACH or not found or any(f.kind not in _KINDS for f in found if f.score >= 0.5):
        return found
    end = _greeted(text, found)
    if not end or not all(_daily(m.group()) for m in _PARTS.finditer(text, end)):
        return found
    return [Finding(f.detector, f.kind, f.start, f.end, round(max(0.0, f.score - _DISCOUNT), 2)) for f in found]


_NAMED_MODELS = frozenset("bot bots chatbot chatbots copilot claude gpt chatgpt gemini".split())
"""A model's names `orders.everyday` lets pass before a modal ("the bot will"): never a person's job."""


def chores(text: str) -> bool:
    """Whether `text` (the reading copy, without findings) tells people called assistants or agents their chores:
    short, greeting such a job or naming it before a modal ("Assistants must wear name badges on the shop floor"),
    every part news, thanks or an errand (`_daily`), no model named: the learned model, which reads only words, is
    not asked."""
    if len(text) > _REACH:
        return False
    parts = [_WORD.findall(m.group()) for m in _PARTS.finditer(text)]
    if any(not _NAMED_MODELS.isdisjoint(toks) for toks in parts):
        return False
    start = _greeted(text, [])
    named = bool(start) or any(
        t in _JOBS and toks[i + 1 : i + 2] and toks[i + 1] in _MODALS for toks in parts for i, t in enumerate(toks)
    )
    return named and all(_daily(m.group()) for m in _PARTS.finditer(text, start))
