"""Safety restrictions lifted together with a harmful act ordered in the same sentence, in six languages."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from . import lazy
from .findings import Finding
from .scan import INDEX, LONG
from .short_words import SHORT

KIND = "jailbreak"
SCORE = 0.75

_MARKS = (
    "safety",
    "security",
    "content",
    "ethical",
    "sicherheit",
    "seguridad",
    "sécurité",
    "securite",
    "sicurezza",
    "segurança",
    "seguranca",
    "veiligheid",
)
"""One of these is in every phrase that lifts restrictions (found by the shared passes, see `_places`)."""
_ASCII_MARKS = tuple(m for m in _MARKS if m.isascii())
INDEX.add(_ASCII_MARKS)
SHORT.add(_ASCII_MARKS)

_LIFT = lazy.compile(
    r"\bwithout\s+(?:any\s+|all\s+|the\s+|your\s+)?(?:(?:safety|security|content|ethical)\s+)+(?:restrictions|checks"
    r"|rules|filters?|guardrails|limits|limitations|constraints|policies|measures|guidelines|precautions)\b"
    r"|\b(?:disable|turn\s+off|switch\s+off|bypass|ignore|skip|remove|lift|drop)\s+(?:all\s+|any\s+|the\s+|your\s+)?"
    r"(?:(?:safety|security|content)\s+)+(?:restrictions|checks|rules|filters?|guardrails|limits|guidelines"
    r"|precautions)\b"
    r"|\bsin\s+(?:ninguna\s+|ningún\s+|las\s+|los\s+)?(?:restricci(?:ón|on|ones)|comprobaciones|controles|filtros"
    r"|salvaguardas|límites|limites|reglas|medidas)\s+de\s+seguridad\b"
    r"|\b(?:desactiva|desactive|ignora|ignore|omite|omita|salta|sáltate)\s+(?:las\s+|los\s+|todas\s+las\s+|todos\s+los\s+)?"
    r"(?:restricciones|comprobaciones|controles|filtros|salvaguardas|reglas|medidas)\s+de\s+seguridad\b"
    r"|\bsans\s+(?:aucune\s+|aucun\s+|les\s+)?(?:restrictions?|contrôles?|controles?|vérifications?|verifications?"
    r"|filtres?|garde-fous|limites|règles|regles|mesures)\s+de\s+s[ée]curit[ée]\b"
    r"|\b(?:désactive|désactivez|desactive|ignore|ignorez|contourne|contournez)\s+(?:les|toutes\s+les|tous\s+les)\s+"
    r"(?:restrictions|contrôles|vérifications|filtres|garde-fous|règles|mesures)\s+de\s+s[ée]curit[ée]\b"
    r"|\bohne\s+(?:jegliche\s+|jede\s+|alle\s+|die\s+)?sicherheits(?:beschränkungen|einschränkungen|prüfungen|regeln"
    r"|vorkehrungen|filter|checks|maßnahmen|richtlinien|grenzen|vorgaben)\b"
    r"|\b(?:deaktiviere|ignoriere|umgehe|übergehe)\s+(?:alle\s+|die\s+|jegliche\s+)?sicherheits(?:beschränkungen"
    r"|einschränkungen|prüfungen|regeln|vorkehrungen|filter|checks|maßnahmen|richtlinien|grenzen|vorgaben)\b"
    r"|\bsenza\s+(?:alcuna\s+|alcun\s+|le\s+|i\s+)?(?:restrizion[ei]|controll[io]|filtr[io]|regole|limiti|protezioni"
    r"|misure)\s+di\s+sicurezza\b"
    r"|\b(?:disattiva|ignora|aggira)\s+(?:le|i|tutte\s+le|tutti\s+i)\s+(?:restrizioni|controlli|filtri|regole|protezioni"
    r"|misure)\s+di\s+sicurezza\b"
    r"|\bsem\s+(?:nenhuma\s+|nenhum\s+|as\s+|os\s+)?(?:restriç(?:ão|ões)|restricoes|verificaç(?:ão|ões)|controles"
    r"|filtros|regras|limites|proteç(?:ão|ões)|medidas)\s+de\s+seguran[çc]a\b"
    r"|\b(?:desative|desativa|ignore|ignora|contorne)\s+(?:as|os|todas\s+as|todos\s+os)\s+(?:restrições|verificações"
    r"|controles|filtros|regras|proteções|medidas)\s+de\s+seguran[çc]a\b"
    r"|\bzonder\s+(?:enige\s+|de\s+)?veiligheids(?:beperkingen|controles|regels|filters|checks|maatregelen|voorschriften)\b"
    r"|\b(?:negeer|omzeil)\s+(?:alle\s+|de\s+)?veiligheids(?:beperkingen|controles|regels|filters|checks|maatregelen"
    r"|voorschriften)\b"
)
"""Safety restrictions lifted: "without any safety restrictions", "sin restricciones de seguridad", "ohne
Sicherheitsprüfungen", "désactive les contrôles de sécurité"."""

_HARM = lazy.compile(
    r"\brm\s+-(?:[a-z]*r[a-z]*f|[a-z]*f[a-z]*r)[a-z]*\b|\bmkfs\b|\bdd\s+if=|\bdrop\s+(?:table|database|schema)\b"
    r"|\bformat\s+[a-z]:|\bchmod\s+-r\s+777\b|\b(?:curl|wget)\b[^|\n]{0,120}\|\s*(?:sudo\s+)?(?:ba|z)?sh\b"
    r"|\b(?:delete|wipe|erase|destroy|drop|truncate|purge)\s+(?:all\s+|every\s+|the\s+)?(?:production|prod|live"
    r"|customer|customers'?|user|users'?)\s+(?:database|db|tables?|data|records|backups?|buckets?|files)\b"
    r"|\b(?:via|with|using|through|in)\s+(?:the\s+)?(?:shell|terminal|bash|exec|command|code\s+execution)\s+tool\b"
    r"|\b(?:con|mit|über|ueber|avec|via|par|tramite|com|met|usando|mediante)\s+(?:la\s+|el\s+|l['’]\s*|das\s+|dem\s+"
    r"|lo\s+|a\s+|o\s+|de\s+|het\s+)?(?:herramienta|outil|werkzeug|strumento|ferramenta)\s+(?:de\s+|di\s+)?"
    r"(?:shell|terminal|bash)\b|\bshell-(?:tool|werkzeug)\b"
    r"|\b(?:skip|bypass|ignore|disable|suppress)\s+(?:all\s+|any\s+|the\s+|every\s+)?(?:user\s+|human\s+)?"
    r"(?:confirmations?|confirmation\s+prompts?|approvals?|approval\s+steps?|permission\s+(?:prompts|checks))\b"
    r"|\b(?:do\s+not|don['’]?t|never)\s+ask\s+(?:the\s+user\s+|anyone\s+|me\s+)?(?:for\s+)?(?:confirmation|permission"
    r"|approval)\b|\bwithout\s+(?:asking|(?:any\s+)?(?:confirmation|approval))\b"
    r"|\bsin\s+(?:pedir\s+|solicitar\s+)?(?:confirmaci[oó]n|permiso|aprobaci[oó]n)\b"
    r"|\b(?:omite|sáltate|salta|ignora)\s+(?:las\s+|todas\s+las\s+)?confirmaciones\b"
    r"|\bno\s+pidas\s+(?:ninguna\s+)?confirmaci[oó]n\b"
    r"|\bsans\s+(?:demander\s+(?:de\s+|la\s+|aucune\s+)?)?(?:confirmation|permission|autorisation|validation)\b"
    r"|\b(?:ignore|saute|passe|contourne)\s+(?:les|toutes\s+les)\s+confirmations\b"
    r"|\bne\s+demande\s+(?:pas|aucune|jamais)\s+(?:de\s+)?confirmation\b"
    r"|\bohne\s+(?:rück)?(?:bestätigung|nachfrage|erlaubnis|freigabe|zu\s+fragen|nachzufragen|rückfrage)\b"
    r"|\b(?:überspringe|ignoriere|umgehe)\s+(?:alle\s+|die\s+|jede\s+)?(?:bestätigungen|rückfragen|freigaben)\b"
    r"|\bsenza\s+(?:chiedere\s+)?(?:conferma|permesso|approvazione)\b|\b(?:salta|ignora)\s+(?:le\s+|tutte\s+le\s+)?conferme\b"
    r"|\bsem\s+(?:pedir\s+)?(?:confirmaç[aã]o|confirmacao|permiss[aã]o|aprovaç[aã]o)\b"
    r"|\b(?:pule|ignore|salte)\s+(?:as\s+|todas\s+as\s+)?confirmações\b"
    r"|\bzonder\s+(?:te\s+vragen|bevestiging|toestemming|goedkeuring)\b|\b(?:sla|negeer)\s+(?:alle\s+|de\s+)?bevestigingen\b"
)
"""A harmful act: a destructive command, the shell tool, data deleted in production, confirmations skipped."""

_ANSWERED = lazy.compile(
    r"(?:\A|[.!?:;\n]\s*|\b(?:now|please|just|and|then|so|from\s+now\s+on,?)\s+)(?:answer|respond|reply|speak"
    r"|talk|responde|contesta|réponds|répondez|antworte|antworten\s+sie|rispondi|risponda|responda|antwoord)\s+"
    r"(?:[^\W\d_]+\s+){0,3}?\Z"
)
"""An order to answer just before the restrictions lifted ("now answer without content restrictions ..."): the
model's own replies, whatever they are scoped to (a tenant, a demo)."""
_NEGATED = lazy.compile(
    r"\b(?:never|not|don['’]?t|doesn['’]?t|cannot|can['’]?t|won['’]?t|nunca|jamás|jamais|ne|nie|niemals|nicht|kein"
    r"|keine|mai|non|não|nao|nooit|niet|geen)\s+(?:\w+\s+){0,3}?\Z"
)
"""A negation just before a phrase ("never run ...", "do not operate ... without", "nunca ejecutes ...")."""
_ABOUT_A_SETTING = lazy.compile(
    r"(?<![\w-])--?[a-z][\w-]*|\b(?:flag|option|setting|parameter|config(?:uration)?|env(?:ironment)?\s+var\w*"
    r"|attackers?|attacks?|injections?|example|e\.g\.|for\s+instance|such\s+as|opci[oó]n|param[eè]tre|einstellung"
    r"|opzione|opção|instelling)\b"
)
"""What a program's documentation or a write-up about attacks names: a command-line switch, a setting, an attacker."""
_BEFORE_MARK = 64
"""How far before a word for safety a lifting phrase may start ("sin ninguna de las comprobaciones de seguridad")."""
_AFTER_MARK = 48
"""How far after it the phrase may end ("ohne jegliche Sicherheitsbeschränkungen")."""
_ENDS = lazy.compile(r"[.!?;\n](?![\w/])")
_REACH = 240


def find(low: str) -> list[Finding]:
    """Each place in lower-cased `low` where safety restrictions are lifted in a sentence that also orders a harmful
    act (not negated, not about a program's switch or setting, not a write-up about attacks) or the model's answers."""
    out: list[Finding] = []
    for m in _lifts(low):
        lo, hi = _sentence(low, m.start(), m.end())
        harm = next((h for h in _HARM.finditer(low, lo, hi) if not (h.start() < m.end() and m.start() < h.end())), None)
        if harm is None:
            if _ANSWERED.search(low[lo : m.start()]) is not None and not _negated(low, lo, m.start()):
                out.append(Finding("injection", KIND, m.start(), m.end(), SCORE))
            continue
        if _negated(low, lo, m.start()) or _negated(low, lo, harm.start()):
            continue
        if _ABOUT_A_SETTING.search(low[lo : harm.start()] + " " + low[harm.end() : hi]) is not None:
            continue  # (the harmful command's own switches, "rm -rf", are no program's setting)
        out.append(Finding("injection", KIND, min(m.start(), harm.start()), max(m.end(), harm.end()), SCORE))
    return out


def _lifts(low: str) -> list[re.Match[str]]:
    """Every match of `_LIFT`, looked for only around the words for safety (`_MARKS`): one pass of the expression
    over a long text costs more than all the injection rules' together."""
    spans = [
        (max(0, at - _BEFORE_MARK), at + len(mark) + _AFTER_MARK)
        for mark, places in _places(low)
        for at in places
        if _placed(low, at, mark)
    ]
    if not spans:
        return []
    spans.sort()
    merged = [spans[0]]
    for lo, hi in spans[1:]:
        if lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    out: list[re.Match[str]] = []
    for lo, hi in merged:
        out.extend(_LIFT.finditer(low, lo, hi))
    return out


def _places(low: str) -> Iterator[tuple[str, Iterable[int]]]:
    """Each word for safety in `low` with where it starts: from the shared passes over the text when they read it
    (see `short_words`, `scan.INDEX`), else one `find` after another."""
    short = SHORT.places(low) if len(low) < LONG else None
    if short is not None:  # (an ASCII text: the other words never occur in it)
        yield from ((m, short[m]) for m in _ASCII_MARKS if m in short)
        return
    where = INDEX.known(low) if len(low) >= LONG else None
    # (an ASCII text holds no mark outside ASCII: each would cost a `find` over the whole text, ~0.4 ms a MB)
    for mark in _ASCII_MARKS if low.isascii() else _MARKS:
        if where is not None and mark in _ASCII_MARKS:
            if mark in where[0]:
                yield mark, where[0][mark]
                continue
            if mark not in where[1]:
                continue  # it does not occur
        yield mark, _found(low, mark)


def _found(low: str, mark: str) -> Iterator[int]:
    at = low.find(mark)
    while at >= 0:
        yield at
        at = low.find(mark, at + 1)


_NOUNS = ("restrict", "check", "rule", "filter", "guard", "limit", "polic", "measure", "guideline", "precaution")
"""How the English nouns after a word for safety start (a lifting phrase names one: "safety checks")."""
_OF = (" de ", " di ")
"""What stands before a word for safety in Spanish, French, Italian or Portuguese ("restricciones de seguridad")."""


def _placed(low: str, at: int, mark: str) -> bool:
    """Whether the word for safety at `at` stands where a lifting phrase holds it: before a noun of restrictions in
    English, after "de"/"di" in a Romance language, leading a German or Dutch compound."""
    if mark[0] in "sv" and mark.startswith(("sicherheit", "veiligheid")):
        return True
    if mark in ("safety", "security", "content", "ethical"):
        after = at + len(mark)
        return low.startswith(_NOUNS, after + 1) or low.startswith(_NOUNS, after + 2)
    return low.startswith(_OF, at - 4)


def _sentence(low: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around `start`-`end` (up to `_REACH` characters either side)."""
    lo = max(0, start - _REACH)
    ends = [e.end() for e in _ENDS.finditer(low, lo, start)]
    lo = ends[-1] if ends else lo
    after = _ENDS.search(low, end, end + _REACH)
    return lo, after.start() if after is not None else min(len(low), end + _REACH)


def _negated(low: str, lo: int, at: int) -> bool:
    return _NEGATED.search(low, max(lo, at - 40), at) is not None
