"""Orders under a label that names the model reading the text, in many languages ("Para la IA que lea esto:", "Voor
de assistent die dit leest:", "Do asystenta, który to czyta:"): the label speaks to the model, what follows is its
order."""

from __future__ import annotations

import re

from . import lazy, scan
from .findings import Finding

# A line that opens with "to" or "for" (or a note's or a greeting's word), names a model (an AI, an assistant, a
# model, a bot, an agent) and then its reading of this text ("that reads this", "die dit leest", "który to czyta",
# "reading this") before a colon addresses whatever model reads the text; the words after the colon are its orders.
# The label's words are few in every language (a preposition, a model's noun, a demonstrative or a verb of reading),
# so the same shape is read in languages no rule was written for. A label without the reading ("AI model: GPT-4",
# "For the model: see the paper", "To run the model on this dataset:") names a thing or a task and passes.

KIND = "model_address"
SCORE = 0.65

_LEAD = (
    r"to|for|note\s+(?:to|for)|attention|dear|hey|hello|hi|message\s+(?:to|for)|para|al|a\s+la|a\s+las|a\s+los"
    r"|nota\s+para|pour|à|au|aux|note\s+pour|à\s+l'attention\s+(?:de|du|des)|per|alla|all['’]|ai|agli|nota\s+per"
    r"|ao|à|aos|às|an|für|hinweis\s+(?:an|für)|voor|aan|do|dla|uwaga\s+dla|для|к|вниманию|до|untuk|kepada|kwa"
    r"|till|för|til|for|pro|pre|za|az?|ke|sa|kay|naar|cho|gửi|προς|για|lil|إلى|الى|ل|אל|ל|को|के\s+लिए"
    r"|querid[oa]s?|estimad[oa]s?|cher|chère|liebe[rs]?|car[oa]|drogi|drog[aie]|дорог\w+|уважаем\w+|beste"
)
"""How such a label opens: "to", "for", a note's or a greeting's word, in many languages."""
_MACHINE = (
    r"ai|a\.i\.|ia|ki|kі|ии|ші|llms?|gpt\w*|chatgpt|claude|gemini|copilot|(?:chat)?bots?|bota|botu|chatbot\w*"
    r"|language\s+models?|sprachmodell\w*|taalmodel\w*|modelo\s+de\s+lenguaje|modèle\s+de\s+langage"
    r"|modello\s+linguistico|языков\w+\s+модел\w*|yapay\s+zek[aâ]\w*|mesterséges\s+intelligencia\w*|tekoäly\w*"
    r"|dirbtin\w+\s+intelekt\w*|штучн\w+\s+інтелект\w*|искусственн\w+\s+интеллект\w*|нейросет\w*"
    r"|τεχνητ\w+\s+νοημοσύν\w+|akili\s+bandia|kecerdasan\s+buatan|trí\s+tuệ\s+nhân\s+tạo|الذكاء\s+الاصطناعي"
    r"|בינה\s+מלאכותית|एआई"
)
"""What names only a machine (an AI, a language model, a bot), in many languages."""
_HELPER = (
    r"assist\w*|asist\w*|asyst\w*|ассист\w*|асист\w*|model\w*|modèle\w*|модел\w*|μοντέλ\w*|agent\w*|агент\w*"
    r"|ajan\w*|βοηθ\w*|msaidizi|trợ\s+lý|mô\s+hình|katulong|pembantu|مساعد\w*|نموذج|עוזר|सहायक|मॉडल"
)
"""What names a model or a person (an assistant, an agent, a model): a model's only beside a machine's word or
"virtual", "digital", "artificial" ("the AI assistant", "asistente de IA", "KI-Assistent", "virtual assistant")."""
_QUALIFIED = r"(?:virtu\w+|digit\w+|artifici\w+|künstlich\w*|intelligent\w*|inteligent\w*|smart|chat)"
_MODEL = (
    r"(?:(?:" + _MACHINE + r"|" + _QUALIFIED + r")[\s-]*)?(?:" + _HELPER + r")(?:\s+(?:de|di|d'|da|von|van|z|ze|на|с)"
    r")?\s+(?:"
    + _MACHINE
    + r"|"
    + _QUALIFIED
    + r")|(?:"
    + _MACHINE
    + r"|"
    + _QUALIFIED
    + r")[\s-]*(?:"
    + _HELPER
    + r")"
    r"|" + _MACHINE
)
"""What names a model (an AI, an assistant, a model, a bot, an agent), in many languages."""
_READING = (
    r"this|these|reading|reads|read|processing|processes|seeing|sees|summari[sz]\w*|esto|este|esta|estos|estas|lea"
    r"|lee|procese|procesa|resuma|resume|ce|cet|cette|ces|ceci|lit|lise|traite|questo|questa|questi|queste|legge"
    r"|legga|elabora|isto|isso|lê|leia|processa|dies|diese[rsnm]?|liest|verarbeitet|dit|deze|leest|verwerkt|to|ten"
    r"|tę|tego|czyta|przetwarza|это|этот|эту|эти|читает|читающ\w*|обрабатывает|це|цей|цю|читає|ini|membaca|memproses"
    r"|hii|hiki|hili|anayesoma|unayesoma|detta|denna|läser|dette|denne|leser|læser|tämä|tätä|lukee|ezt|ez|olvassa"
    r"|αυτό|αυτά|διαβάζει|bunu|bu|okuyan|đọc|này|binabasa|ito|هذا|هذه|يقرأ|זה|זאת|שקורא|यह|इसे|पढ़\w*"
)
"""This text or its reading ("this", "esto", "die dit leest", "który to czyta", "что это читает")."""
_WHO = (
    r"that|which|who|que|qui|che|der|die|das|welche[rsnm]?|dat|wat|który|która|które|którzy|которы\w*|что|який|яка"
    r"|які|що|yang|ambaye|som|joka|mikä|aki|amely|που|ki|mà|ang|الذي|التي|जो|který|která|které|ktorý|ktorá"
)
"""The relative word that opens the reading ("the AI that reads", "la IA que lea", "de assistent die dit leest")."""
_AS_IT_READS = (
    r"reading|processing|summari[sz]ing|seeing|parsing|leyendo|procesando|lisant|traitant|leggendo|lendo|lesend\w*"
    r"|czytając\w*|читающ\w*|обрабатывающ\w*|membaca|anayesoma"
)
"""A participle of reading right after the model ("the assistant reading this")."""
_LABEL = (
    r"[^\w\n]{0,6}(?:"
    + _LEAD
    + r")(?:\s+|(?<=['’]))(?:[^\s:]+\s+){0,2}?(?:[^\W\d_]{1,3}['’])?(?:"
    + _MODEL
    + r"|(?P<helper>"
    + _HELPER
    + r"))(?![\w-]),?\s+(?:(?:"
    + _WHO
    + r")\s+[^\n:.!?]{0,50}?(?<![\w-])(?:"
    + _READING
    + r")(?![\w-])|(?:"
    + _AS_IT_READS
    + r")\s)[^\n:.!?]{0,40}:"
    r"[ \t]*(?P<order>[^\n]{12,})"
)
"""A line under such a label (matched at its start), up to its end (its orders at least a few words long)."""


def find(low: str) -> list[Finding]:
    """A `model_address` finding over each line of lower-cased `low` under a label that speaks to the model reading
    the text, when words follow it."""
    out: list[Finding] = []
    for m in _labels(low):
        order = m.group("order")
        if len(order.split()) >= 3 and (m.group("helper") is None or _MODELS_WORK.search(order) is not None):
            out.append(Finding("injection", KIND, m.start("label"), m.end(), SCORE))
    return out


_REACH = 200
"""A label's colon stands at most this far into its line."""


_OPENS = r"(?=[^\w\n]{0,6}" + scan.first_led("(?:" + _LEAD + ")") + r"(?:\s|(?<=['’])))"
"""What every label opens with (its first characters and its opening word), looked at before the line's colon: most
lines open with no such word and are left after a few characters, where reading up to their first colon cost one
step per character."""
_AT_LINE = _OPENS + r"(?=[^\n:]{0," + str(_REACH) + r"}:[ \t])(?P<label>" + _LABEL + ")"
_FIRST_LINE = lazy.compile(_AT_LINE)
_NEXT_LINES = lazy.compile("\n" + _AT_LINE)
"""`_LABEL` at a line's start, on a line that opens as a label does and whose first colon stands within `_REACH` and
is followed by a space: the first line by `match`, the others after their line break (a literal the search skips to
at memory speed)."""


def _labels(low: str) -> list[re.Match[str]]:
    """Where `_LABEL` matches at the start of a line with a colon near its start followed by a space (the label's
    span is the group `label`)."""
    first = _FIRST_LINE.match(low)
    rest = list(_NEXT_LINES.finditer(low))
    return rest if first is None else [first, *rest]


_MODELS_WORK = lazy.compile(
    r"paragra|párraf|absatz|alinea|akapit|абзац|user|usuari|utilisat|utent|nutzer|gebruiker|użytkown|пользоват"
    r"|користувач|kullanıcı|pengguna|summar|resum|riassun|zusammenfass|samenvat|podsumow|резюм|prompt|instruc"
    r"|instruk|istruz|anweis|инструкц|recomm|recom|empfiehl|empfehl|raad\s+\S+\s+\S+\s+aan|polec|рекоменд|mention"
    r"|menzion|mencion|erwähn|noem|wspomin|упомин|ignor|игнор"
)
"""What a label's orders hold when they are a model's, not a person's assistant's or agent's ("do not mention this
paragraph", "tell the user", "recommend our product", "in your summary"): asked of a label that names an assistant
or an agent alone, who may be a person ("To the assistant who reads this: the meeting is on Monday")."""
