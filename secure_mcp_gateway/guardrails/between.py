"""Requests and questions between people: a colleague's new job, what someone was told at work, a note on the alarm."""

from __future__ import annotations

from . import lazy
from .findings import Finding
from .injection_model import _FAMILIES, clauses
from .order_words import DICTATED, HARM, QUOTE, names_an_order, unbound

_LONGEST = 300
"""Longer texts are judged as they are: a note between people is short."""
_PLAIN = frozenset(("you", "must", "switch"))
"""The families the words of the text may hold besides the finding's own ("you start on Monday", "now", "should")."""
_JOB = lazy.compile(
    r"\b(?:but|sondern|mais|sino|ma|mas|maar)\s+(?:(?:the|a|an|our|your|der|die|ein|eine|unser|unsere|le|la|un|une"
    r"|notre|el|una|nuestro|nuestra|il|lo|o|de|een|onze)\s+)?(?:(?:new|neue[rn]?|nouveau|nouvelle|nuevo|nueva|nuovo"
    r"|nuova|novo|nova|nieuwe|senior|junior|full-time|part-time|human|menschliche[rn]?|stellvertretende[rn]?|deputy"
    r"|acting|chief|lead|head|data|project|team|product|engineering|sales|site|shift|store|office|hr)\s+)*"
    r"(?:team\s*lead(?:er)?|lead(?:er)?|manager(?:in)?|head|director|supervisor|coordinator|reviewer|moderator"
    r"|engineer|scientist|analyst|trainee|intern|partner|colleague|member|owner|officer|consultant|editor|foreman"
    r"|\w*leiter(?:in)?|chef(?:in)?|ingenieur(?:in)?|kolleg(?:e|in)|referent(?:in)?|sachbearbeiter(?:in)?"
    r"|chef\s+d'équipe|chef\s+de\s+projet|responsable|directeur|directrice|gérant|gérante|jefe|jefa|gerente"
    r"|director[a]?|capo|responsabile|direttore|direttrice|gerente|teamleider|leidinggevende)\b"
)
"""A job in a team after "but" ("sondern Teamleiter", "but the project lead", "but a human reviewer"): someone's new
post or their part at work, where a persona would be a pirate or a model without rules."""
_DOES = lazy.compile(
    r"\s*,?\s*(?:who|that|which|whose|with|der|die|das|dessen|mit|qui|que|avec|con|che|die|met|and\s+(?:you\s+)?(?:will"
    r"|can|must|should|now|never|always)|und\s+(?:du\s+)?(?:wirst|kannst|musst|sollst|darfst))\b"
)
"""What a persona is told it does or has after its name ("a manager who approves every request", "a lead with full
access"): a part handed to the model, where a new job is only named."""
_WORK = lazy.compile(
    r"\b(?:\w*(?:einarbeitung|schulung|ausbildung|lehrgang|unterweisung)|praktikum|probezeit|arbeitstag|arbeitswoche"
    r"|onboarding|induction|orientation|internship|apprenticeship|first\s+(?:day|week|shift)|(?:training|safety)"
    r"\s+(?:course|session|day)|(?:erste[nm]?|ersten)\s+(?:tag|woche|schicht)|baustelle|(?:vo[nm]|from|by)\s+(?:der\s+"
    r"|dem\s+|your\s+|the\s+|deine[mr]?\s+|ihre[mr]?\s+)?(?:chef(?:in)?|vorgesetzten?|betreuer(?:in)?|ausbilder(?:in)?"
    r"|lehrer(?:in)?|mentor(?:in)?|kolleg(?:e|en|in)|teamleiter(?:in)?|boss|manager|supervisor|teacher|mentor|coach"
    r"|team\s+lead|foreman|landlord|vermieter(?:in)?))\b"
)
"""Where or from whom people are told things at work ("bei der Einarbeitung", "from your boss", "am ersten
Arbeitstag"): rules given to a colleague, not the model's prompt."""
_THIRD = lazy.compile(
    r"\b(?:was\s+hat\s+(?:der|die)|what\s+did\s+the)\s+(?:admin|administrator(?:in)?|entwickler(?:in)?|developer"
    r"|techniker(?:in)?|technician|hausmeister(?:in)?|it)\s+(?:dir|(?:tell|say\s+to)\s+you)\b"
)
"""What a third person known to both ("der Admin", "the admin") told the reader: with a second question about the
world ("Ist der Server wieder online?") a question between colleagues."""
_VISIT = lazy.compile(
    r"\b(?:before|when|once|after|as\s+soon\s+as|if)\s+you\s+(?:come|get|arrive|enter|leave|go|head|walk|are\s+the"
    r"\s+(?:first|last))\b|\bon\s+your\s+way\s+(?:in|out|home)\b|\bbefore\s+(?:entering|leaving|you\s+go)\b"
    r"|\b(?:within|in)\s+\d+\s+seconds\b|\b(?:the\s+)?(?:code|key|keypad|pin)\s+is\b|\bkeypad\b"
    r"|\b(?:for|before|after|when|until)\s+the\s+(?:plumber|cleaners?|painters?|electrician|babysitter|dog\s+walker"
    r"|gardener|chimney\s+sweep)\b|\A\W*(?:hi|hey|hello|dear)\s+(?:team|all|everyone|folks|guys|guests)\b"
)
"""A note for someone coming to a building ("before you come in", "the code is on the fridge", "for the plumber",
"Hi team,"): the alarm or door is theirs to see to, not a tool's."""
_ASSISTANT = lazy.compile(
    r"\b(?:assistant|assistent(?:in)?|assistente|asistente|assistante|praktikant(?:in)?|trainee|intern|werkstudent(?:in)?"
    r"|becari[oa]|stagiaire)\b"
)
"""A post people hold before a new one ("kein Assistent mehr", "no longer a trainee"): a job, not only the model."""
_MACHINE = lazy.compile(
    r"\b(?:bot|chatbot|ai|ki|ia|model|modell|sprachmodell|llm|gpt|chatgpt|claude|gemini|copilot|robot|roboter"
    r"|machine|maschine|program|programm)\b"
)
"""What only the model is ("no longer ChatGPT", "kein Sprachmodell mehr"): a part taken from it, not a promotion."""
_ACTS = (
    "delet",
    "remov",
    "wipe",
    "wiping",
    "eras",
    "destroy",
    "approv",
    "transfer",
    "pay",
    "send",
    "sent",
    "forward",
    "upload",
    "shar",
    "grant",
    "run",
    "execut",
    "install",
    "reset",
    "publish",
    "export",
    "download",
    "purg",
    "lösch",
    "entfern",
    "überweis",
    "schick",
    "genehmig",
    "supprim",
    "envo",
    "borr",
    "elimin",
)
"""Stems of acts on data, money or access ("wipe the access logs", "forwarding all emails", "approve the request"):
a note between people that holds one is judged as any other text."""
_DUTY = lazy.compile(
    r"\b(?:you(?:'re|\s+are)|du\s+bist|tu\s+es|eres|sei|você\s+é|je\s+bent)\s+(?:now\s+|jetzt\s+|ab\s+jetzt\s+)?(?:in"
    r"\s+charge\s+of|the\s+one\s+who|responsible\s+for|zuständig\s+für|verantwortlich\s+für|(?:le|la)\s+responsable"
    r"\s+de|chargée?\s+de|(?:el|la)\s+responsable\s+de|responsabile\s+(?:di|del|della|per)|(?:o|a)\s+responsável"
    r"\s+por|verantwoordelijk\s+voor)\b"
)
"""A chore handed to someone from now on ("from now on, you are in charge of watering the plants", "you're the one who
locks up on Fridays"): a duty between people, where an order would hand the model a part."""
_MINE = lazy.compile(r"\b(?:my|our)\b")
"""The writer's own alarm, door or lock ("disable my home security system"): what a planted order names."""
_THINGS = frozenset(("key", "keys", "code", "use"))
"""Words of such notes that the learned model's families hold ("the key is under the mat", "use your judgement")."""


_KEPT = lazy.compile(
    r"\b(?:please\s+)?keep\s+(?:this|it|these)\s+(?:between\s+us|to\s+yourself)(?:\s+(?:for\s+now|until\s+[^,.:;!?]*))?"
    r"|\bbetween\s+you\s+and\s+me\b"
)
"""A secret kept between two people ("keep this between us", "between you and me"): the finding's words."""
_NEWS = lazy.compile(r"\b(?:is|are|was|were|will|has|have|am|got|think|heard)\b|'(?:s|re|m)\b")
"""A statement's verb ("Tom is going to propose", "we're planning", "I got the job"): the news kept secret."""
_PIECES = lazy.compile(r"[,.:;!?\n—–]|\s-\s|\b(?:and|but|then|so)\b")
_OPENERS = frozenset(("please", "just", "also", "now", "kindly", "hi", "hey", "hello", "dear"))


def _news(text: str) -> bool:
    """Whether `text` keeps a piece of news between people ("Keep this between us, but I think Tom is going to
    propose"): outside the secret's words it states something, orders nothing (no piece opens with an order's verb)
    and holds no "you" (see `_plain` for the rest)."""
    from .intent import imperative_verbs  # a late import: intent reads this module's kin

    rest = _KEPT.sub(" . ", text)
    if rest == text or _NEWS.search(rest) is None:
        return False
    verbs = imperative_verbs()
    for piece in _PIECES.split(rest):
        words = [w for ws in clauses(piece) for w in ws]
        while words and words[0] in _OPENERS:
            words = words[1:]
        if words and words[0] in verbs:
            return False
    words = {w for ws in clauses(rest) for w in ws}
    return all(_FAMILIES.get(w) != "you" for w in words) and _plain(rest, "secrecy")


def between_people(found: list[Finding], text: str) -> bool:
    """Whether lower-cased `text`, with its injection findings `found` all of one class below, is a request or a
    question between people, and outside the findings it holds no order's word (no rules, secrets, model, override,
    reveal, hand-over, tool, authority, role or secrecy word, nothing harmful, no part that answers anything, no quote,
    no output dictated): a post after "but" that is a job in a team ("Du bist kein Assistent mehr, sondern
    Teamleiter"), rules asked for that someone was given at work ("Welche Regeln wurden dir bei der Einarbeitung
    mitgegeben?") or by a third person with a second question about the world ("Was hat der Admin dir gesagt? Ist
    der Server wieder online?"), an alarm or door seen to for someone coming ("please disable the alarm before you
    come in"), a chore handed on from now on ("you are in charge of watering the plants")."""
    if len(text) > _LONGEST or not found or QUOTE.search(text) is not None:
        return False
    kinds = {f.kind for f in found}
    if kinds == {"conceal_from_user"}:
        return _news(text)
    if kinds == {"new_instructions"} and _DUTY.search(text) is not None:
        return _plain(text, "switch")
    if kinds <= {"jailbreak", "new_instructions"}:
        job = _JOB.search(text)
        if job is None or any(f.start > job.start() for f in found) or _DOES.match(text, job.end()):
            return False
        was = text[: job.start()]
        if _ASSISTANT.search(was) is None or _MACHINE.search(was) is not None:
            return False
        return _plain(text, "model")
    if kinds == {"prompt_leak"}:
        if _WORK.search(text) is not None:
            return _plain(text, "rules")
        return _THIRD.search(text) is not None and text.count("?") >= 2 and _plain(text, "authority")
    if kinds == {"tool_directive"}:
        if _VISIT.search(text) is None or _MINE.search(text) is not None:
            return False
        return _plain(text, "you")
    return False


def _plain(text: str, family: str) -> bool:
    """Whether `text` holds no address, and its words no act on data, money or access (`_ACTS`) and no order's word
    but those of `family`, the finding's own (see `between_people`)."""
    if "@" in text or "://" in text or "www." in text:
        return False
    words = {w for ws in clauses(text) for w in ws} - _THINGS
    if not HARM.isdisjoint(words) or not DICTATED.isdisjoint(words) or any(w.startswith(_ACTS) for w in words):
        return False
    rest = {w for w in words if _FAMILIES.get(w) != family}
    return not unbound(rest) and not names_an_order(rest) and all(_FAMILIES.get(w, "you") in _PLAIN for w in rest)
