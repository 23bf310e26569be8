"""A learned second signal for prompt injection: a linear model over words, word pairs, stems and structure."""

from __future__ import annotations

import functools
import gzip
import json
import math
import re
import threading
import unicodedata
from itertools import pairwise
from pathlib import Path

from . import lazy
from .findings import Finding
from .may_match import MayMatch
from .order_words import unbound
from .scan import INDEX, LONG, spaced

WEIGHTS = Path(__file__).with_name("injection_model.json.gz")
"""The model: bias, threshold, scale and `{feature: int8}` weights (see benchmarks/train_injection_model.py)."""

_LEET = str.maketrans("0134578", "oieastb")
_CJK = lazy.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]+")

_FAMILIES: dict[str, str] = {}


def _family(name: str, words: str) -> None:
    for w in words.split():
        _FAMILIES.setdefault(w, name)


_family(
    "you",
    "you your yours yourself u ur du dein deine deinen deiner deinem dir dich tu toi ton ta tes vous votre vos tú tus "
    "usted ustedes você vocês voce teu tua jij jouw jullie ты тебя тебе твой твои твоя вы вас вам ваш ваши",
)
_family(
    "model",
    "assistant assistants ai llm llms model chatbot bot gpt claude copilot agent agents ki ia assistent assistente "
    "asistente assistentin модель ассистент ии бот",
)
_family(
    "override",
    "ignore ignoring disregard forget forgetting override overrule supersede bypass ignoriere ignorieren vergiss "
    "vergessen missachte ignorez ignorer oubliez oublie ignora ignorar olvida olvide dimentica esqueça esqueca "
    "esquece vergeet negeer игнорируй игнорировать забудь",
)
_family(
    "rules",
    "instructions instruction rules guidelines directives prompt prompts previous prior above earlier preceding "
    "original anweisungen anweisung regeln vorherigen bisherigen consignes règles précédentes instrucciones reglas "
    "anteriores istruzioni regole precedenti instruções instrucoes instructies regels инструкции правила",
)
_family(
    "reveal",
    "reveal print output show display repeat disclose leak dump verbatim recite zeige zeig verrate wiederhole "
    "affiche révèle montre répète muestra revela repite mostra rivela ripeti mostre покажи выведи повтори",
)
_family(
    "handover",
    "send forward email mail upload post transfer share attach exfiltrate webhook http https url sende schicke "
    "weiterleiten leite envoie transfère envía reenvía invia inoltra envie отправь перешли",
)
_family(
    "secret",
    "password passwords passphrase credentials credential token tokens secret secrets ssh apikey api key keys "
    "passwort passwörter kennwort zugangsdaten contraseña contraseñas clave credenciales credenziali senha senhas "
    "пароль пароли ключ",
)
_family(
    "tool",
    "call invoke execute run use tool tools function command shell terminal rufe führe ausführen appelle exécute "
    "exécuter llama ejecuta esegui chiama executa вызови выполни",
)
_family(
    "secrecy",
    "secretly silently quietly covertly unnoticed telling informing mention mentioning notice hidden hide heimlich "
    "unbemerkt erwähne discrètement mentionner secretamente mencionar segretamente silenciosamente тайно незаметно",
)
_family(
    "authority",
    "admin administrator developer developers operator official anthropic openai ceo root sudo authorized "
    "authorised priority urgent compliance audit mandatory entwickler administrateur développeur desarrollador "
    "administrador sviluppatore desenvolvedor администратор разработчик",
)
_family(
    "role",
    "pretend act roleplay persona character dan jailbreak jailbroken unrestricted unfiltered restrictions filters "
    "limits ethics uncensored rolle personnage personaje personaggio personagem роль",
)
_family(
    "switch",
    "new task instead now stattdessen jetzt aufgabe neue nouvelle tâche maintenant plutôt nueva tarea ahora nuovo "
    "compito ora nova tarefa agora новая задача теперь вместо",
)
_family("must", "must should need needs required muss müssen doit devez debe debes deve devi moet должен должны")


_WORD = lazy.compile(r"[^\W_]+")
_CLAUSE = lazy.compile(r"[.!?:;\n]+")
_MIXED = lazy.compile(r"[a-z][0-9]|[0-9][a-z]")
_SPACED = lazy.compile(r"(?<![^\W_])[^\W\d_](?: [^\W\d_]){2,}(?![^\W_])")
_FAMILY_WORDS = frozenset(_FAMILIES)


def _unspaced(m: re.Match[str]) -> str:
    return m.group().replace(" ", "")


_SPACED_HINT = lazy.compile(r" [^\W\d_] [^\W\d_](?![^\W_])")
"""What every run of `_SPACED` holds (its last two letters): a cheap test before the costly one."""
_ASCII_CLAUSES = bytes(
    b if b < 128 and chr(b).isalnum() else 10 if b == 10 else 1 if chr(b) in ".!?:;" else 32 for b in range(256)
)
"""Letters, digits and newlines kept, the other ends of clauses (`_CLAUSE`) a \\x01, every other ASCII byte a space."""
_DIGITS = "0123456789"


def clauses(low: str) -> list[list[str]]:
    """The words of each clause of lower-cased `low`: NFKC-normalised, leetspeak undone, spaced-out letters joined."""
    return [words for line in lines(low) for words in line]


def lines(low: str) -> list[list[list[str]]]:
    """The words of each clause of each line of `low` (see `clauses`; no clause spans a line)."""
    if not low.isascii():
        low = unicodedata.normalize("NFKC", low).casefold()
    if _SPACED_HINT.search(low) is not None and _SPACED.search(low) is not None:
        low = _SPACED.sub(_unspaced, low)
    out: list[list[list[str]]] = []
    if low.isascii():  # the same words, read by translating bytes instead of by expressions
        digits = any(d in low for d in _DIGITS)
        for line in low.encode().translate(_ASCII_CLAUSES).decode().split("\n"):
            found = []
            for clause in line.split("\x01"):
                words = clause.split()
                if words:
                    if digits:
                        words = [w if w.isalpha() or w.isdigit() else w.translate(_LEET) for w in words]
                    found.append(words)
            out.append(found)
        return out
    for line in low.split("\n"):
        found = []
        for clause in _CLAUSE.split(line):
            words = _WORD.findall(clause)
            if words:
                if _MIXED.search(clause) is not None:
                    words = [w if w.isalpha() or w.isdigit() else w.translate(_LEET) for w in words]
                found.append(words)
        out.append(found)
    return out


def features(low: str) -> set[str]:
    """The binary features of one text: words, word pairs, 5-letter stems, clause-initial words, character pairs of
    scripts written without spaces, and which families of words occur (alone, together, and at a clause start)."""
    feats, fams, starts = _base(clauses(low), low)
    feats.update(_families(fams, starts))
    return feats


def _base(found: list[list[str]], low: str) -> tuple[set[str], set[str], set[str]]:
    """The features of a text (`low`, read as the words of its clauses `found`) but those of its families, with its
    families and those at a clause start: a text's are the union of its lines'."""
    seen: set[str] = set()
    feats: set[str] = set()
    starts: set[str] = set()
    add, join = feats.update, " ".join
    for words in found:
        seen.update(words)
        add(map(join, pairwise(words)))
        first = words[0]
        feats.add("^" + first)
        if first in _FAMILY_WORDS:
            starts.add(_FAMILIES[first])
    add(seen)
    add([w[:5] + "~" for w in seen if len(w) > 5])
    fams = {_FAMILIES[w] for w in seen.intersection(_FAMILY_WORDS)}
    if not low.isascii():
        for run in _CJK.findall(low):
            feats.update(["#" + run[i : i + 2] for i in range(len(run) - 1)])
    return feats, fams, starts


def _families(fams: set[str], starts: set[str]) -> tuple[str, ...]:
    """The features of which families occur: each, each at a clause start, and each pair."""
    return _families_of(frozenset(fams), frozenset(starts))


@functools.lru_cache(maxsize=1024)
def _families_of(fams: frozenset[str], starts: frozenset[str]) -> tuple[str, ...]:
    out = ["!" + f for f in fams]
    out += ["^!" + f for f in starts]
    ordered = sorted(fams)
    for i, a in enumerate(ordered):
        out += ["!" + a + "&" + b for b in ordered[i + 1 :]]
    return tuple(out)


class Model:
    """Weights of the linear model, loaded once from `WEIGHTS`."""

    def __init__(self, bias: float, weights: dict[str, float], threshold: float) -> None:
        self.bias = bias
        self.weights = weights
        self.threshold = threshold
        self.known = frozenset(weights)

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> Model:
        data = json.loads(gzip.decompress(path.read_bytes()))
        scale = data["scale"]
        return cls(data["bias"], {f: q * scale for f, q in data["weights"].items()}, data["threshold"])

    def margin(self, low: str) -> float:
        """The model's log-odds that `low` (lower-cased text) carries an order to the model."""
        return self.of(features(low))

    def of(self, feats: set[str]) -> float:
        """The model's log-odds for a text with these features (exact: the sum does not depend on their order)."""
        w = self.weights
        return self.bias + math.fsum(map(w.__getitem__, feats.intersection(self.known)))

    def score(self, low: str) -> float:
        """The probability the model gives that `low` carries an order to the model."""
        m = self.margin(low)
        return 1.0 / (1.0 + math.exp(-m)) if m > -40 else 0.0


_model: Model | None = None
_loading = threading.Lock()


def model() -> Model:
    """The shipped model, loaded on first use."""
    global _model
    if _model is None:
        with _loading:
            if _model is None:
                _model = Model.load()
    return _model


KIND = "learned"
"""The kind of a finding the model makes on its own."""
BASE = 0.6
"""The score of a learned finding at the model's threshold (the default `injection_threshold`); a rule finding at
least this strong leaves the model out."""
WHOLE = 512
"""Texts up to this long are judged whole; in a longer one, only the sentences around the words that address a
model or void its instructions are (at most `_WINDOWS` of them)."""
_WINDOWS = 4
_REACH = 240
_LONGEST = 2 * _REACH
"""Sentences that overlap are joined into one window up to this long."""

_GATE = frozenset(
    {w for w, f in _FAMILIES.items() if f not in ("must", "switch", "tool", "reveal", "handover")}
    | set(
        "send forward print reveal repeat output call invoke execute run now instead new task user users please "
        "delete say write tell ask request transfer upload share approve skip stop never quote render".split()
    )
)
"""Whole words one of which almost every order to a model holds: a short text with none of them is not judged."""
_GATE_CJK = (
    "你",
    "您",
    "忽略",
    "无视",
    "忘记",
    "指令",
    "提示",
    "系统",
    "助手",
    "あなた",
    "無視",
    "指示",
    "システム",
    "プロンプト",
    "당신",
    "무시",
    "지시",
    "시스템",
    "คุณ",
    "คำสั่ง",
    "ละเว้น",
)
"""What stands for a gate word in scripts written without spaces (any occurrence counts)."""
_LONG_CUES = (
    "instruction",
    "assistant",
    "ignore",
    "disregard",
    "pretend",
    "vergiss",
    "anweisungen",
    "ignoriere",
    "olvida",
    "oublie",
    "dimentica",
)
"""Whole words (or their plurals) around which the sentences of a long text are judged (found by the shared index
once the detector asked for that, see `index_cues`)."""
_CUES_MAY = MayMatch("|".join(_LONG_CUES))
"""Whether any of `_LONG_CUES` occurs in a text the shared index has not read: one pass for all, where each cue's own
`find` over a text of a few KB costs about a microsecond."""
_INDEXED = False


def index_cues() -> None:
    """Let the shared index (see `scan.INDEX`) find `_LONG_CUES` in long texts (the injection detector asks for it;
    importing this module adds nothing anywhere)."""
    global _INDEXED
    INDEX.add(_LONG_CUES)
    _INDEXED = True


_PER_CUE = 16
"""Occurrences of one cue looked at in a long text, at most (whole words or not)."""


_GATE_BYTES = frozenset(w.encode() for w in _GATE if w.isascii())
_ASCII_WORDS = bytes(b if chr(b).isalnum() and b < 128 else 32 for b in range(256))
"""Letters and digits kept, every other ASCII byte a space: an ASCII text's words are its bytes translated, split."""
_LEET_BYTES = bytes.maketrans(b"0134578", b"oieastb")


def reads(low: str) -> bool:
    """Whether `weigh` may ask the model about lower-cased `low` (a text it reads whole asks only when it holds a
    word of `_GATE`, and so does each of its strings, see `candidate`): else what it reads of it makes no difference."""
    return len(low) > WHOLE or candidate(low)


_last: tuple[str, bool] = ("", False)
"""The last text `candidate` answered for, and its answer (`reads` and `weigh` ask about the same text in turn)."""


def candidate(low: str) -> bool:
    """Whether lower-cased `low` holds a word of `_GATE` as a whole word (a run of letters and digits, as in
    `features`; leetspeak undone in words that mix the two). The same on every path: no shared index."""
    global _last
    last = _last
    if last[0] is low:
        return last[1]
    _last = (low, got := _candidate(low))
    return got


def _candidate(low: str) -> bool:
    """`candidate`, worked out."""
    if low.isascii():
        words = low.encode().translate(_ASCII_WORDS).split()
        if not _GATE_BYTES.isdisjoint(words):
            return True
        if b"".join(words).isalpha():
            return False
        return not _GATE_BYTES.isdisjoint([w.translate(_LEET_BYTES) for w in words if not (w.isalpha() or w.isdigit())])
    low = unicodedata.normalize("NFKC", low).casefold()
    if _CJK.search(low) is not None and any(c in low for c in _GATE_CJK):
        return True
    found = _WORD.findall(low)
    if not _GATE.isdisjoint(found):
        return True
    return not _GATE.isdisjoint([w.translate(_LEET) for w in found if not (w.isalpha() or w.isdigit())])


def _is_word_at(low: str, at: int, end: int) -> bool:
    """Whether `low[at:end]` (or it and a plural "s") is a whole word."""
    if at > 0 and low[at - 1].isalnum():
        return False
    if low[end : end + 1] == "s":
        end += 1
    return not (end < len(low) and low[end].isalnum())


def _clause(low: str, start: int, end: int) -> tuple[int, int]:
    """The sentence or line around [start, end), at most `_REACH` characters further each way."""
    lo = max(0, start - _REACH)
    left = max(low.rfind("\n", lo, start), low.rfind(". ", lo, start))
    left = lo if left < 0 else left + 1
    hi = min(len(low), end + _REACH)
    cuts = [i for i in (low.find("\n", end, hi), low.find(". ", end, hi)) if i >= 0]
    return left, (min(cuts) + 1 if cuts else hi)


def _finds(low: str, cue: str) -> list[int]:
    """The first `_PER_CUE` places of `cue` in `low` that do not overlap, one `find` after another."""
    out: list[int] = []
    at = low.find(cue)
    while at >= 0 and len(out) < _PER_CUE:
        out.append(at)
        at = low.find(cue, at + len(cue))
    return out


def _windows(low: str, of: str | None = None) -> list[tuple[int, int]]:
    """The sentences of a long text around the first places of `_LONG_CUES` (whole words), joined where they
    overlap, at most `_WINDOWS` of them. `of`: the text `low` is a reading copy of (see `containers`: same length,
    marks blanked, every letter where it was), whose cue places the shared index may already know: the copy's are
    those where it still holds the cue."""
    places: list[int] = []
    of = low if of is None or len(of) != len(low) else of
    where = INDEX.known(of) if _INDEXED and len(low) >= LONG else None
    if where is None and not _CUES_MAY.may(low):
        return []  # (no cue anywhere)
    for cue in _LONG_CUES:
        if where is not None and cue not in where[1]:
            hits = where[0].get(cue)
            if hits is not None and of is not low:
                hits = [at for at in hits if low.startswith(cue, at)]
            found = () if hits is None else spaced(hits, len(cue))[:_PER_CUE]
        else:
            found = _finds(low, cue)
        places.extend(at for at in found if _is_word_at(low, at, at + len(cue)))
    spans: list[tuple[int, int]] = []
    for at in sorted(places):
        s, e = _clause(low, at, at + 1)
        if spans and s <= spans[-1][1]:
            if max(e, spans[-1][1]) - spans[-1][0] <= _LONGEST:
                spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        elif len(spans) < _WINDOWS:
            spans.append((s, e))
    return spans


def _finding(m: Model, margin: float, start: int, end: int) -> Finding:
    score = min(0.9, BASE + 0.05 * (margin - m.threshold))
    return Finding("injection", KIND, start, end, round(score, 3))


_JOIN = "\n\x00\n"
"""How the gateway joins the strings of one message for the detectors: each string is judged on its own."""


def weigh(low: str, found: list[Finding], of: str | None = None) -> list[Finding]:
    """`found` (the rules' injection findings in lower-cased `low`) and, when none of them reaches `BASE`, a learned
    finding where the model judges a string an order: each string of a short text whole when it holds a gate word,
    and only the sentences around a few cue words (whole words) of a long one (`of`: see `_windows`)."""
    if any(f.score >= BASE for f in found):
        return found
    if len(low) > WHOLE:
        return found + _judged_long(low, of)
    if _JOIN not in low:
        return found + _judged(low, 0)
    at = 0
    for part in low.split(_JOIN):
        got = _judged(part, at)
        if got:
            return found + got
        at += len(part) + len(_JOIN)
    return found


_PLAY = lazy.compile(
    r"\W*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|now\s+|ok(?:ay)?,?\s+|let'?s\s+(?:play\s+a\s+game|role-?\s?play)"
    r"\s*[:,;.!-]?\s*|i\s+(?:want|would\s+like|need)\s+you\s+to\s+|i'd\s+like\s+you\s+to\s+)?(?:pretend(?:\s+to\s+be|\s+(?:that\s+)?you(?:'re|\s+are|\s+were))|imagine\s+(?:that\s+)?you(?:'re|\s+are"
    r"|\s+were)|act\s+(?:as|like)|play\s+(?:the\s+(?:role|part)\s+of|a|an)|role-?\s?play\s+as|be\s+(?:a|an|my)|respond\s+as\s+if"
    r"\s+you\s+were|answer\s+as\s+(?:a|an|if)|speak\s+like|talk\s+like|you\s+are\s+(?:a|an|my)|you'?re\s+(?:a|an|my)"
    r"|tu\s+so,?\s+als\s+(?:wärst|wärest|ob)|stell\s+dir\s+vor,?\s+du\s+(?:bist|wärst)|spiel\s+(?:die\s+rolle|den|die)"
    r"|fais\s+(?:comme\s+si|semblant)|imagine\s+que\s+tu|joue\s+le\s+rôle|fing[eia]\s|imagina\s+que|immagina\s+di|doe\s+alsof"
    r"|stel\s+je\s+voor|tu\s+es\s+(?:un|une|mon|ma)|eres\s+(?:un|una|mi)|sei\s+(?:un|una|il\s+mio|la\s+mia)"
    r"|du\s+bist\s+(?:ein|eine|mein|meine))\b"
)
"""How a request to play a part starts: "pretend you are a pirate and...", "act as a travel guide", "I want you to act
as a Linux terminal", "tu so, als wärst du...", "finge que eres..." (the whole text, its first words)."""
_PLAY_WORDS = frozenset(
    "pretend act roleplay persona character rolle personnage personaje personaggio personagem роль".split()
)
_HARM = frozenset(
    "hack hacking hacker malware virus ransomware exploit bomb weapon weapons explosive explosives meth napalm drug "
    "drugs steal stealing illegal kill poison lockpick phishing".split()
)
"""Words of a part played to get harmful content: such a part is judged as any other text."""


_GAME = lazy.compile(r"\W*let'?s\s+play\s+a\s+game\s*[:,;.!-]?\s*you\s+are\s+\w")
"""A game whose part is named ("let's play a game: you are Shakespeare and ...")."""
_PART_NAMED = lazy.compile(
    _PLAY.pattern + r"(?:\s+(?:a|an|my|un|une|mon|ma|una|mi|ein|eine|mein|meine))?(?:\s+(?!(?:a|an|my)\b)[\w-]+){1,3}?"
    r"\s+(?:assistant|assistente|asistente|assistentin|assistenten)\b"
)
"""A part played that is an assistant of some everyday kind ("you are a helpful assistant that summarizes ...")."""
_KEY_ADJ = lazy.compile(
    r"\bkey\s+(?:points?|ideas?|takeaways?|dates?|facts?|terms?|findings?|moments?|steps?|features?"
    r"|concepts?|questions?|messages?|themes?|skills?|details?|words?|events?|figures?|people)\b"
)
_KEY_NOUN = lazy.compile(
    r"\bkeys?\b(?!\s+(?:points?|ideas?|takeaways?|dates?|facts?|terms?|findings?|moments?|steps?"
    r"|features?|concepts?|questions?|messages?|themes?|skills?|details?|words?|events?|figures?|people)\b)"
)
""""Key" as an adjective ("the key points") against a key named ("your API key")."""
_NEGATIONS = frozenset("without not never no don't dont nor avoid stop".split())
"""Words that make "telling" a thing kept back ("without telling the user")."""


def played(low: str) -> bool:
    """Whether lower-cased `low` is a request to play a part with an everyday task: it starts as one (`_PLAY`) and
    holds no word of the model's families but the reader and the words of the request (no rules, secrets, model,
    override, reveal, hand-over, tool, authority, switch, must or secrecy words, no rule-free persona), nor a harmful
    word: the learned signal weighs the request's form, which says nothing of an order to the model."""
    if _PLAY.match(low) is None and _GAME.match(low) is None:
        return False
    words = {w for words in clauses(low) for w in words}
    if not _HARM.isdisjoint(words):
        return False
    if _PART_NAMED.match(low) is not None:
        words.discard("assistant")  # "act as a note-taking assistant for a lecture": the part played
    if "key" in words and _KEY_ADJ.search(low) is not None and _KEY_NOUN.search(low) is None:
        words.discard("key")  # "list the key points only"
    if _NEGATIONS.isdisjoint(words):
        words.discard("telling")  # "my grandmother telling bedtime stories": the part's doing, nothing kept back
    return all(_FAMILIES[w] == "you" or w in _PLAY_WORDS for w in words.intersection(_FAMILY_WORDS))


_RECALL = lazy.compile(
    r"\W*(?:(?:do|can|could|did|will)\s+you\s+(?:still\s+|even\s+)?(?:remember|recall)|erinnerst\s+du\s+dich"
    r"|weißt\s+du\s+noch|(?:est-ce\s+que\s+)?tu\s+te\s+souviens|vous\s+souvenez-vous|te\s+acuerdas|recuerdas"
    r"|ti\s+ricordi|você\s+se\s+lembra|(?:je\s+)?weet\s+je\s+nog)\b[^?]*\?\s*\Z"
)
"""A question whether the reader remembers something ("Do you remember what I told you about my sister's wedding?",
"Erinnerst du dich an unser Gespräch von gestern?"), asked in one sentence."""


def recalled(low: str) -> bool:
    """Whether lower-cased `low` only asks whether the reader remembers something (`_RECALL`) and holds no word of
    the model's families but the reader's (no rules, secrets, model, override, reveal, hand-over, tool, authority,
    role, switch, must or secrecy word): the learned signal weighs the question's form."""
    if len(low) > 200 or _RECALL.match(low) is None:
        return False
    words = {w for words in clauses(low) for w in words}
    return all(_FAMILIES[w] == "you" for w in words.intersection(_FAMILY_WORDS))


_NATURE = lazy.compile(
    r"\W*(?:(?:are|aren't|r)\s+(?:you|u)|bist\s+du|sind\s+sie|es-tu|êtes-vous|eres|es\s+usted|sei|você\s+é|ben\s+je)"
    r"\s+(?:(?:really|actually|just|a\s+real|wirklich|eigentlich|nur|vraiment|realmente|davvero|echt)\s+)*(?:an?\s+|eine?\s+"
    r"|une?\s+|una?\s+|een\s+)?(?:ai|a\.i\.|bot|robot|chatbot|human|person|machine|program|computer|language\s+model"
    r"|llm|ki|mensch|roboter|maschine|programm|ia|humain|humaine|humano|humana|máquina|programa|umano|macchina"
    r"|mens|robô)\s*\??\s*\Z"
)
"""Whether the reader is a machine, asked in one short question ("Are you an AI?", "Bist du ein Mensch?")."""
_YOURS_ASKED = lazy.compile(
    r"\b(?:your|deine|ihre|tu|ta|tua|la\s+tua|sua|jouw|je)\s+(?:last|previous|earlier|first|letzte|vorherige|erste"
    r"|última|ultima|dernière|première|primera|prima|laatste|vorige|eerste)\s+(?:answer|reply|response|antwort"
    r"|respuesta|réponse|risposta|resposta|antwoord)\b"
    r"|\b(?:your|deine|ihre|tus|tes|vos|le\s+tue|tue|suas|jouw|je)\s+(?:rules|tips|regeln|tipps|reglas|consejos|règles"
    r"|conseils|regole|consigli|regras|dicas|regels)\s+(?:for|para|pour|für|per|voor)\s+(?:an?|una?|une?|eine[nm]?"
    r"|einen|el|la|le|il|um|uma|een)\s+(?:good|great|perfect|healthy|buena|bueno|perfecta|perfecto|bon|bonne|parfait"
    r"|parfaite|gute[nr]?|gutes|perfekte[nr]?|perfektes|buona|buon|perfetta|perfetto|boa|bom|goede|goed)\b"
    r"|\b(?:your|deine|ihre|tu|ta|ton|tua|la\s+tua|sua|jouw|je)\s+(?:(?:honest|ehrliche|ehrlichen|sincera|sincero"
    r"|honnête|onesta|eerlijke|frank|offene)\s+)?(?:opinion|thoughts|take|view|meinung|einschätzung|opinión|avis"
    r"|opinione|opinião|mening)\b"
    r"|\b(?:instructions|steps|directions|recipe|tips|advice|answer|list|explanation)\s+(?:that\s+)?you\s+(?:just\s+)?"
    r"(?:gave|sent|wrote|showed|told)\s+me(?:\s+(?:earlier|before|yesterday|today|above))?\b"
    r"|\bwhat\s+(?:did\s+i\s+(?:ask|tell|write\s+to|say\s+to)|i\s+(?:asked|told|wrote\s+to|said\s+to))\s+you\b"
    r"|\b(?:first|last|previous)\s+(?:message|question)\s+(?:that\s+)?i\s+(?:sent|wrote|asked)(?:\s+you)?\b"
    r"|\blast\s+thing\s+you\s+said\b"
)
"""The reader's last answer asked for again ("Wiederhole bitte deine letzte Antwort auf Englisch"), its rules of
thumb for a good thing ("¿Cuáles son tus reglas para una buena paella?"), its opinion ("Gib mir deine ehrliche
Meinung zu meinem Lebenslauf"), what it gave the writer ("the instructions you gave me for the bread") or what the
writer asked it ("What did I ask you at the start of this conversation?")."""
_ASKED_FAMILIES = frozenset(("you", "reveal", "switch"))
"""The families the rest of such a message may hold: the reader, a repeat, "now"."""


def asked_of_you(low: str) -> bool:
    """Whether lower-cased `low` (one or two clauses, up to 120 characters) asks the reader whether it is a machine
    (`_NATURE`), for its last answer again, its rules for a good thing or its opinion (`_YOURS_ASKED`), and its other
    words hold no word of the model's families but the reader, a repeat and "now", nothing harmful, free of limits or
    dictated: the learned signal weighs the question's form."""
    if len(low) > 120 or "\n" in low.strip():
        return False
    if _NATURE.match(low) is not None:
        return True
    m = _YOURS_ASKED.search(low)
    parts = clauses(low)
    if m is None or len(parts) > 2:
        return False
    words = {w for ws in parts for w in ws}
    rest = {w for ws in clauses(low[: m.start()] + " . " + low[m.end() :]) for w in ws}
    if not (_HARM.isdisjoint(words) and _DICTATED.isdisjoint(words)) or unbound(rest):
        return False
    return all(_FAMILIES[w] in _ASKED_FAMILIES for w in rest.intersection(_FAMILY_WORDS))


_FORM = (
    r"\W*(?:please\s+|now\s+|just\s+)?(?:(?:respond|reply|answer|write)\s+(?:only\s+)?(?:with|in|using)\s+(?:only\s+)?"
    r"(?:emojis?|numbers|digits|rhymes?|questions|haikus?|(?:a\s+)?(?:single|one)\s+(?:word|sentence|line|emoji)|yes\s+or"
    r"\s+no|bullet\s+points|lower-?case(?:\s+letters)?|capital\s+letters|(?:plain|simple)\s+english)\b"
    r"|(?:reply|respond|answer)\s+(?:only\s+)?with\s+(?:the\s+word\s+)?[\"'“]?(?:ok|okay|yes|ready|understood)[\"'”]?\s+"
    r"(?:if|when|once)\s+you\s+(?:have\s+)?(?:understood|understand|are\s+ready|read|got)\b"
    r"|(?:say|write|how\s+do\s+(?:you|i)\s+say)\s+[\"“„«']([^\"“”„«»\n]{1,40})[\"”“»']\s+(?:in|auf|en)\s+(?:{languages})\b)"
)
"""A form of reply asked for ("Respond only with emojis to describe your day", "Reply with OK if you understood
the task") or a short phrase to say in a language ('Say "I love you" in Japanese')."""
_FORM_FAMILIES = frozenset(("you",))
"""The families the rest of such a message may hold: the reader."""
_FORM_TASK = frozenset(("task",))
"""What an acknowledgement may name ("if you understood the task")."""


@functools.cache
def _form() -> re.Pattern[str]:
    from .everyday import _LANGUAGES  # a late import: everyday reads this module's families

    return re.compile(_FORM.replace("{languages}", _LANGUAGES))


def asked_form(low: str) -> bool:
    """Whether lower-cased one-line `low` (up to 120 characters) opens by asking a form of reply or a short phrase
    said in a language (`_FORM`), and its words hold no word of the model's families but the reader, nothing
    harmful, free of limits or dictated (but "say" itself): the learned signal weighs the request's form."""
    if len(low) > 120 or "\n" in low.strip():
        return False
    m = _form().match(low)
    if m is None:
        return False
    words = {w for ws in clauses(low[m.end() :]) for w in ws} - _FORM_TASK
    said = {w for ws in clauses(m.group(1) or "") for w in ws}
    if not (_HARM.isdisjoint(words | said) and _DICTATED.isdisjoint(words | said)) or unbound(words | said):
        return False
    return all(_FAMILIES[w] in _FORM_FAMILIES for w in (words | said).intersection(_FAMILY_WORDS))


def _about_a_quote(m: Model, low: str) -> bool:
    """Whether a one-line text quotes what the model judges, to talk about it ("Example attack: '...'", "the injected
    text said '...'"): without its quotes, it addresses no reader and the model no longer judges it an order."""
    from .intent import unquoted_about  # the rules' reading of a quote (a late import: intent reads this module's kin)

    bare = unquoted_about(low)
    if bare is None or any(_FAMILIES.get(w) == "you" for words in clauses(bare) for w in words):
        return False  # "the reply expected from you: '...'" tells the model what to say
    return m.margin(bare) < m.threshold


def _corrects(low: str) -> bool:
    """Whether `low` drops the writer's own earlier words with an everyday wish ("olvida lo que te dije antes, vamos a
    Sevilla") or a how-to's earlier instructions for a new release: the learned signal weighs the override's form,
    which says nothing of the model's orders."""
    from .described import superseded  # late imports: those modules read this one's families
    from .everyday import asked_manner, corrected, known_topic

    return corrected(low) or asked_manner(low) or known_topic(low) or superseded(low)


def _how_it_works(low: str) -> bool:
    """Whether `low` only tells how a model is given its instructions (see `described.tells_how_it_works`)."""
    from .described import tells_how_it_works  # a late import: described reads this module's families

    return tells_how_it_works(low)


_EARLIER = lazy.compile(
    r"\b(?:previous|earlier|prior|preceding|original)\s+(?=(?:answer|reply|response|message|question|error|draft"
    r"|version|e-?mail|paragraph|sentence|example|list|summary|translation|suggestion|attempt|explanation|recipe|joke"
    r"|poem|story|table|solution|result|point|step|chapter|section|order|invoice|meeting|booking|address|estimate"
    r"|quote|offer|plan|itinerary|design|photo|picture|chart|calculation)(?:s|es)?\b)"
)
"""A word of time before an ordinary thing of the conversation ("your previous answer", "the earlier error"): it
places the thing, it names no instructions."""


_THEIR_WORDS = lazy.compile(
    r"\b(?:quote|repeat|copy|paste|reproduce|restate|cite|read\s+back|include|transcribe|echo)\b[^.!?\n]{0,30}?\b(?:the"
    r"|each|every|a|their|this)\s+(?:customer|caller|client|patient|guest|sender|requester|applicant|buyer|tenant"
    r"|member|student|visitor|shopper|reporter|complainant|passenger|resident|user|citizen|employee|candidate"
    r"|subscriber|donor|parent)(?:'s|s'|’s)\s+(?:(?:original|exact|full|last|first|latest|initial|own)\s+)?(?:message"
    r"|request|question|words|wording|complaint|e-?mail|ticket|note|comment|query|issue|description|feedback|letter"
    r"|text|statement|enquiry|inquiry|post|review|reply|instruction|prompt|answer)s?\b(?:\s+(?:verbatim|word\s+for\s+word|exactly|in\s+full))?"
)
"""A person's words to be quoted or repeated by whoever answers them ("Quote verbatim the customer's message before
replying", "read back the caller's request word for word"): an instruction to the staff who handle them."""
_RELAYED_FAMILIES = frozenset(("you", "model", "reveal"))
"""The families the rest of such an instruction may hold: the staff addressed ("agents", "your reply"), a repeat."""


def _relayed(m: Model, low: str) -> bool:
    """Whether the model judges lower-cased `low` an order only for a person's words it asks to be quoted or repeated
    (`_THEIR_WORDS`): without them, it judges no order, and the rest holds no word of the model's families but the
    staff addressed and a repeat, nothing harmful or dictated."""
    if _THEIR_WORDS.search(low) is None or not _relayed_words(low):
        return False
    return m.margin(_THEIR_WORDS.sub(" ", low)) < m.threshold


def _relayed_words(low: str) -> bool:
    """Whether `low` without the person's words to be quoted holds no word of the model's families but the staff
    addressed and a repeat, nothing harmful or dictated (a runbook's other steps may stand beside them)."""
    words = {w for ws in clauses(_THEIR_WORDS.sub(" ", low)) for w in ws}
    if not (_HARM.isdisjoint(words) and _DICTATED.isdisjoint(words)) or unbound(words):
        return False
    return all(_FAMILIES[w] in _RELAYED_FAMILIES for w in words.intersection(_FAMILY_WORDS))


_PLACED_FAMILIES = frozenset(("you", "must", "switch", "override"))
"""The families the rest of such a text may hold ("ignore the earlier error and tell me the cost")."""
_DICTATED = frozenset("say says print output type pwned hacked".split())


def _placed(m: Model, low: str) -> bool:
    """Whether the model judges lower-cased `low` an order only for its words placing ordinary things in time ("what
    did you mean in your previous answer?"): without them, it judges no order, and the rest holds no word of rules,
    secrets, the model, revealing, hand-over, tools, authority, secrecy or a part, nothing harmful or dictated."""
    if _EARLIER.search(low) is None:
        return False
    bare = _EARLIER.sub("", low)
    words = {w for ws in clauses(bare) for w in ws}
    if not (_HARM.isdisjoint(words) and _DICTATED.isdisjoint(words)):
        return False
    if any(_FAMILIES[w] not in _PLACED_FAMILIES for w in words.intersection(_FAMILY_WORDS)):
        return False
    return m.margin(bare) < m.threshold


_FIELD = lazy.compile(
    r"^[ \t]*(?:input|output|answer|question|sentence|review|options?|instructions?|detailed\s+instructions|definition"
    r"|teacher|student|problem|solution|q|a|response|context|passage|text|premise|hypothesis|example)[ \t]*:",
    re.MULTILINE,
)
"""The label of a field of a task's form ("Input:", "Output:", "Detailed Instructions:")."""
_TASK = lazy.compile(
    r"\bin\s+this\s+task\b|\byou\s+(?:are|will\s+be|'re)\s+(?:given|shown|presented\s+with)\b"
    r"|\buser\s+will\s+(?:you\s+)?give\s+you\b"
)
"""How a task's definition speaks ("In this task, you are given a review", "You will be given a sentence")."""
_THIRD_PERSON = lazy.compile(
    r"\b(?:the\s+)?(?:user|users|user's|users'|customer|customers|customers'|customer's|student|students|guest"
    r"|guests|guests'|member|members|client|clients|nutzers?|utilisateur|usuario|utente)\b"
)
"""The person a brief's model serves, named in the third person ("answer the user's questions")."""
_OPENER = lazy.compile(
    r"\W*(?:you\s+are|you're|as|du\s+bist|tu\s+es|eres|sei|você\s+é|je\s+bent)\s+(?:a|an|ein|eine|un|une|uno|una|um"
    r"|uma|een)\s"
)
"""How a system prompt opens: the part the model plays ("You are a travel assistant.", "As an HR assistant, ...")."""
_BRIEF_FAMILIES = frozenset(("you", "must", "model", "switch", "reveal"))
_BRIEF_RULES = frozenset(("instruction", "instructions"))
_BRIEF_TOOLS = frozenset(("use",))


def briefed(low: str) -> bool:
    """Whether lower-cased `low` is a brief for a model's everyday job: a task's definition ("In this task, you are
    given a review. Your task is to classify it.") or a system prompt naming the person served in the third person
    and opening with the part it plays ("You are a travel assistant. Suggest destinations based on the user's
    budget."), holding no word of an override, secrets, a hand-over, a tool, authority, secrecy or a part, nothing
    harmful, free of limits or dictated, no address, and no rules but its own instructions (none at all if it asks to
    show or repeat something)."""
    if len(low) > 1500 or "://" in low or "@" in low or "www." in low:
        return False
    bare = _FIELD.sub(" ", low)
    if _TASK.search(bare) is None and (_OPENER.match(bare) is None or _THIRD_PERSON.search(bare) is None):
        return False

    words = {w for ws in clauses(bare) for w in ws}
    if not (_HARM.isdisjoint(words) and _DICTATED.isdisjoint(words)) or unbound(words):
        return False
    rules = {w for w in words.intersection(_FAMILY_WORDS) if _FAMILIES[w] == "rules"}
    if rules - _BRIEF_RULES or (rules and any(_FAMILIES.get(w) == "reveal" for w in words)):
        return False
    others = words.intersection(_FAMILY_WORDS) - rules - _BRIEF_TOOLS
    return all(_FAMILIES[w] in _BRIEF_FAMILIES for w in others)


def _judged(low: str, at: int) -> list[Finding]:
    """The learned finding for one short string starting at `at` of the text, if the model judges it, or one of its
    lines that holds a gate word, an order (an order on one line of a message, a record or a page)."""
    if len(low) < 6 or not candidate(low):
        return []
    m = model()
    if "\n" not in low.strip():
        margin = m.margin(low)
        if margin >= m.threshold and (
            played(low)
            or _about_a_quote(m, low)
            or _corrects(low)
            or _placed(m, low)
            or _relayed(m, low)
            or briefed(low)
            or recalled(low)
            or asked_of_you(low)
            or asked_form(low)
            or _how_it_works(low)
        ):
            return []
        return [_finding(m, margin, at, at + len(low))] if margin >= m.threshold else []
    if _THEIR_WORDS.search(low) is not None and _relayed_words(low):  # (blanked: the lines keep their places)
        low = _THEIR_WORDS.sub(lambda q: " " * len(q.group()), low)
    # Each line is read once: the text's features are the union of its lines' (see `_base`).
    raw = low.split("\n")
    read = lines(low)
    if len(read) != len(raw):  # normalisation moved a line break (never seen): judge the text whole
        margin = m.margin(low)
        return [_finding(m, margin, at, at + len(low))] if margin >= m.threshold else []
    whole: set[str] = set()
    fams: set[str] = set()
    starts: set[str] = set()
    best, span, start = -math.inf, (0, len(low)), 0
    for line, found in zip(raw, read, strict=True):
        feats, f, s = _base(found, line)
        whole |= feats
        fams |= f
        starts |= s
        if len(line.strip()) >= 6 and (not _GATE.isdisjoint(feats) or (not line.isascii() and candidate(line))):
            got = m.of(feats.union(_families(f, s)))
            if got > best:
                best, span = got, (start, start + len(line))
        start += len(line) + 1
    whole.update(_families(fams, starts))
    margin = max(m.of(whole), best)
    if margin < m.threshold or played(low) or _corrects(low) or briefed(low) or _how_it_works(low):
        return []
    return [_finding(m, margin, at + span[0], at + span[1])]


def _judged_long(low: str, of: str | None = None) -> list[Finding]:
    """The learned finding for the first sentence around a cue of a long text that the model judges an order."""
    spans = _windows(low, of)
    if not spans:
        return []
    m = model()
    for s, e in spans:
        margin = m.margin(low[s:e])
        if margin >= m.threshold:
            return [_finding(m, margin, s, e)]
    return []
