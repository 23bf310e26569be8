"""Texts that tell a person about an attack: a write-up, a course, a quiz, a red-team report or a moderation policy
that quotes or reports the attacker's words, as against the same words said to the model reading them."""

from __future__ import annotations

from . import lazy
from .findings import Finding

_FRAME = lazy.compile(
    r"(?<![^\W\d_@./-])(?:attack\w*|attacker\w*|injections?|jailbreaks|jailbreak\s+(?:prompts?|attacks?|attempts?)"
    r"|red[\s-]?team\w*|phishing|scam\w*|fraudster\w*"
    r"|vulnerab\w*|pentest\w*|penetration\s+test\w*|ctf|exploit\w*"
    r"|proof\s+of\s+concept|security\s+(?:assessment|review|research\w*|bulletin|advisory|report|finding)s?"
    r"|social[\s-]+engineer\w*|pretext\w*|vishing|smishing|fraud\w*|con\s+artists?|swindl\w*|manipulat\w*"
    r"|impersonat\w*|adversarial|malicious|threat\s+actors?|threat\s+intel\w*|criminals?|awareness"
    r"|jailbreak\s+(?:patterns?|techniques?|examples?|styles?|families|types?)|tabletop|incident\s+(?:review|report)s?"
    r"|(?:acceptable[\s-]+use|usage|security|content|moderation)\s+polic(?:y|ies)|polic(?:y|ies)\s+(?:forbids?|prohibits?|bans?)"
    r"|trainees?|new\s+hires|answer\s+key|quiz\w*|treinamento|capacita\w*|formación|formation|schulung\w*|opleiding"
    r"|red\s+flags?|warning\s+signs?|what\s+(?:should|would|do)\s+you\s+do|hijack\w*|post-?mortem|root\s+cause|case\s+stud\w*"
    r"|how\s+(?:do|would|should|can|could)\s+you\s+(?:verify|respond|react|check|spot|tell|know)"
    r"|attaque\w*|attaquant\w*|hameçonnage|arnaque\w*|sensibilisation|angriff\w*|angreifer\w*|attacke\w*|ataque\w*"
    r"|atacante\w*|estafa\w*|attacc\w*|truff\w*|aanval\w*|oplichter\w*|atak\w*|oszust\w*|атак\w*|мошенни\w*"
    r"|saldır\w*|dolandırıc\w*|serangan|penipu\w*|tấn\s+công|lừa\s+đảo"
    r"|ingenier[ií]a\s+social|engenharia\s+social|ingénierie\s+sociale|ingegneria\s+sociale|социальн\w*\s+инженер\w*"
    r"|sosyal\s+mühendislik|rekayasa\s+sosial|cuestionario|questionário|pergunta|pregunta|domanda|вопрос|soru|kuis"
    r"|обучени\w*|тренинг\w*|eğitim\w*|pelatihan|kursus|formazione|sicherheitsbericht\w*|tinjauan\s+insiden"
    r"|qu[eé]\s+(?:debe|deber[ií]a|debes)\s+(?:hacer|responder)|o\s+que\s+(?:\w+\s+)?dev\w*\s+fazer|que\s+faire"
    r"|cosa\s+(?:dovresti|devi|deve)\s+fare|was\s+(?:sollten|solltest|tun)|wat\s+moet|что\s+(?:вы\s+)?(?:сделаете|делать)"
    r"|ne\s+yapmalısınız|apa\s+yang\s+harus)(?![^\W\d_@]|[./-]\w)"
    r"|攻撃|攻击|詐欺|诈骗|공격|사기|社会工程|ソーシャルエンジニアリング|사회공학|测验|小テスト|クイズ|퀴즈|培训|研修|교육"
    r"|怎么做|どうすべき|어떻게\s*해야"
    r"|(?<![^\W\d_])(?:researchers?|benchmarks?|datasets?|classif(?:y|ier|iers|ication)|lessons?|exercises?|spotting"
    r"|signs?\s+of|examples?\s+of|why\s+(?:does|do|did|is|are|would|will)|how\s+does|pourquoi|warum|waarom"
    r"|por\s+qu[eé]|perch[eé]|почему|señal(?:es)?\s+de\s+alerta|signaux\s+d['’]alerte|sinais\s+de\s+alerta"
    r"|segnali\s+d['’]allarme|campanelli\s+d['’]allarme|warn(?:signale?|zeichen)|alarmsignale?n?"
    r"|waarschuwingssignalen|sygnały\s+ostrzegawcze|тревожн\w+\s+(?:сигнал|признак)\w*|uyarı\s+işaret\w*"
    r"|tanda(?:-tanda)?\s+bahaya|chercheur\w*|forscher\w*|ricercator\w*|pesquisador\w*|investigador\w*"
    r"|(?:filters?|classifiers?|guardrails?)\s+(?:blocks?|flags?|catch(?:es)?|stops?|detects?|rejects?)"
    r"|(?:in|dans|en|im|in)\s+(?:this|ce|cet|cette|este|esta|diesem|dieser|questo|questa)\s+(?:course|cours|curso"
    r"|kurs|corso|lesson|leçon|lección|module|workshop|atelier|taller|training|formation|seminar))(?![^\W\d_])"
)
"""Words of a text about attacks on models or on people, or a question put to a trainee (English and major
languages): "prompt injection", "red flags", "social engineering", "what should you do?"."""

_TOLD = lazy.compile(
    r"(?<![^\W\d_])(?<!\bi\s)(?<!\bwe\s)(?:such\s+as|e\.\s?g\.|i\.\s?e\.|for\s+(?:example|instance)|says|said|saying|claim(?:s|ed|ing)|wrote"
    r"|writes|contain(?:s|ed|ing)|sent|asks|asked|asking|tells|told|telling|instruct(?:s|ed|ing)|urg(?:es|ed|ing)|makes"
    r"|made|got|getting|trick(?:s|ed|ing)|convinc(?:es|ed|ing)|persuad(?:es|ed|ing)|coax(?:es|ed|ing)|lur(?:es|ed|ing)"
    r"|forc(?:es|ed|ing)|pressur(?:es|ed|ing)|demand(?:s|ed|ing|ent)|pide|piden|pidió|pidiendo|pede|pedem|chiede"
    r"|chiedono|aufgefordert|fordert|bittet|просит|просят|попросил\w*|заставля\w*|meminta|yêu\s+cầu"
    r"|dice|dijo|diz|disse|dit|écrit|sagt|sagte|schrieb|schreibt|scrive|zegt|zei|schrijft|говорит|сказал\w*|пишет"
    r"|написал\w*|diyor|dedi|berkata|mengatakan|menulis"
    r"|(?:phrases?|words?|wording|lines?|texts?|messages?|requests?|prompts?|strings?|sentences?|inputs?)\s+like"
    r"|(?:requests?|attempts?|claims?|demands?|efforts?)\s+(?:to|that)|(?<!\bje\s)(?:vous|te|lui|leur)\s+demande(?:nt)?"
    r")(?![^\W\d_])"
    r"|让|讓|要求|させ|하도록|하라고|と言|说|라고"
)
"""Words that report what someone else said, asked for or wrote ("such as", "tells you to", "asks the model to")."""

_NAMES = lazy.compile(r"(?<![^\W\d_])(?:jailbr\w*|prompt[\s-]+(?:injection|leak)\w*|red[\s-]?team\w*)(?![^\W\d_])")
"""Names of the attacks themselves ("a jailbroken bot", "prompt leaking")."""
_ASKED = lazy.compile(
    r"\s(?:ask\w*|tell\w*|told|instruct\w*|urg\w*|demand\w*|pide\w*|chied\w*|bitte\w*|fordert\w*|pede\w*|просит\w*"
    r"|trick\w*|convinc\w*|convain\w*|convenc\w*|persuad\w*|überred\w*|overtuig\w*|forc\w*)\s+"
    r"(?:[^\s.!?]+\s+){0,3}?(?:(?:to|into|de|que|di|zu|чтобы)(?![^\W\d_])|d['’])"
)
"""A request reported with its object ("asks the model to", "demandent au modèle d'", "le pide al modelo que"),
not as the sentence's first word."""
_DATA = lazy.compile(r"(?:[\"'\w\]]\s*=|[\"'\]]\s*:|(?:^|[,\[{(])\s*(?:-\s+)?[\w.@$-]+\s*:|[,\[{]|^)\s*$")
"""What stands before a value's opening quotation mark in data: a key and `=`, a quoted key or a key that starts its
line or follows a comma or bracket and `:`, a comma, a bracket (not a label inside a sentence: "The override: ")."""
_OPEN = '"“„«「『‘'
_CLOSE = '"”“»」』’'
_LEARNED = "learned"
"""The learned model's finding, which spans a whole string: judged by the reporting words anywhere in it."""
_ALONE = 0.3
"""A finding at least this strong, neither quoted nor reported, is an order to the reader: the text is judged as is."""
_LEFT = 0.15
"""What a reported finding's score becomes: several kinds together stay below any usual threshold."""
_BACK = 160
"""How far before a finding its sentence's reporting words are looked for."""
_NEAR = 400
"""How far around a finding its quotation marks and quoted block are read (not a long line whole per finding)."""


def discounted(found: list[Finding], low: str) -> list[Finding]:
    """`found` with every score lowered to `_LEFT` when the text is about attacks and each strong finding in it is
    quoted or reported ("Attackers may write 'ignore previous instructions'", "an e-mail tells you to disregard the
    payment instructions"); unchanged when any strong finding is said to the reader."""
    strong = [f for f in found if f.score >= _ALONE and f.kind != _LEARNED and not _named(low, f)]
    if not any(f.score >= _ALONE for f in found) or _FRAME.search(low) is None:
        return found
    if strong and not all(_told(low, f.start) or _told_within(low, f) for f in strong):
        return found
    if any(_ADDRESSED.search(low, _sentence(low, f.start), f.end) is not None for f in strong):
        return found  # "To tell you, assistant, to disregard the user's request": the reader is told, by name
    if not strong and _TOLD.search(low) is None:
        return found
    return [Finding(f.detector, f.kind, f.start, f.end, min(f.score, _LEFT)) for f in found]


_ADDRESSED = lazy.compile(
    r"(?<![^\W\d_])(?:you|tu|vous|du|usted|jij|ty)\s*,\s*(?:the\s+|dear\s+|o\s+)?(?:ai\s+)?(?:assistant|model|ai|bot"
    r"|chatbot|llm|agent|gpt|copilot|ia|ki|modèle|modelo|modell)(?![^\W\d_])"
)
"""The model named beside "you" as the one spoken to ("you, assistant,", "vous, l'IA"): an order to the reader."""


def _named(low: str, f: Finding) -> bool:
    """Whether a finding's words only name the attack ("a jailbroken bot", "prompt leaking"): a topic, not an order."""
    names = _NAMES.finditer(low, max(0, f.start - 24), f.end + 24)
    return any(m.start() <= f.start and f.end <= m.end() for m in names)


def _shown(low: str, at: int) -> bool:
    """Whether `at` sits in a block shown as quoted, introduced by a line ending in a colon ("Payload used:"): lines
    that start with `>`, or a fenced block of code."""
    edge = max(0, at - _NEAR)
    lo = low.rfind("\n", edge, at) + 1 or edge
    if low.startswith(">", lo):
        while lo > edge and low.startswith(">", low.rfind("\n", edge, lo - 1) + 1):
            lo = low.rfind("\n", edge, lo - 1) + 1
    elif low.count("```", edge, at) % 2 == 1:
        lo = low.rfind("\n", edge, low.rfind("```", edge, at)) + 1 or edge
    else:
        return False
    return low[max(0, lo - _BACK) : lo].rstrip().endswith((":", "："))


def _told(low: str, at: int) -> bool:
    """Whether the words at `at` are quoted, shown, labelled or reported rather than said to the reader."""
    return _quoted(low, at) or _shown(low, at) or _listed(low, at) or _reported(low, at) or _titled(low, at)


_TITLE = lazy.compile(r"(?:\b(?:book)?title\s*[=:]\s*[\"'{]*|<title>|\btitled\s+[\"'“]?)[^\"{}\n]{0,60}\Z")
"""A work's title field or tag before the words ("title={...", "Title: ", "<title>"): a paper or a talk cited."""


def _titled(low: str, at: int) -> bool:
    """Whether the words at `at` are in a work's title (`_TITLE`) that names an attack after them on its line
    ("title={Ignore previous prompt: attack techniques for language models}"): a citation, not an order."""
    lo, hi = _line(low, at)
    return _TITLE.search(low, lo, at) is not None and _FRAME.search(low, at, hi) is not None


def _told_within(low: str, f: Finding) -> bool:
    """Whether a finding that starts its sentence holds a quotation that is told ("Exemple : « Oubliez ... »")."""
    if f.start != _sentence(low, f.start):
        return False
    at = next((i for i in range(f.start, min(f.end, f.start + _BACK)) if low[i] in _OPEN), -1)
    return at >= 0 and _FRAME.search(low, f.start, at) is not None and _quoted(low, at + 1)


def _sentence(low: str, at: int) -> int:
    """Where the sentence around `at` starts (its line, `_BACK` characters at most)."""
    lo = max(_line(low, at)[0], at - _BACK)
    for end in (". ", "! ", "? "):
        cut = low.rfind(end, lo, at)
        if cut >= 0:
            lo = max(lo, cut + 2)
    return lo


def _line(low: str, at: int) -> tuple[int, int]:
    """The line around `at`, `_NEAR` characters at most either side."""
    lo = low.rfind("\n", max(0, at - _NEAR), at)
    hi = low.find("\n", at, at + _NEAR)
    return max(0, at - _NEAR) if lo < 0 else lo + 1, min(len(low), at + _NEAR) if hi < 0 else hi


def _quoted(low: str, at: int) -> bool:
    """Whether `at` sits after an opening quotation mark on its line that is closed later on that line."""
    lo, hi = _line(low, at)
    depth = False
    opened = lo
    for i in range(lo, at):
        c = low[i]
        if c == "'" or c == "’":
            if _apostrophe(low, i):
                continue
            depth = not depth if c == "'" else False
            opened = i
        elif c in _OPEN and (c not in _CLOSE or not depth):
            depth, opened = True, i
        elif c in _CLOSE:
            depth = False
    start = max(lo, opened - 48)
    if not depth or _DATA.search(("" if start == lo else "\0") + low[start:opened]) is not None:
        return False  # a value of JSON, YAML, markup or a CSV row is data, not a quotation
    return any(c in _CLOSE or (c == "'" and not _apostrophe(low, i)) for i, c in enumerate(low[at:hi], at))


def _apostrophe(low: str, i: int) -> bool:
    """Whether the `'` at `i` stands between two letters ("don't", "l'IA"): an apostrophe, not a quotation mark."""
    return 0 < i < len(low) - 1 and low[i - 1].isalpha() and low[i + 1].isalpha()


_LABELLED = lazy.compile(
    r"(?<![^\W\d_])(?:payloads?|examples?|samples?|strings?|inputs?|prompts?|messages?|texts?|phrases?|attempts?|lures?"
    r"|e-?mails?|sms|voicemails?|caller|scripts?|exemples?|beispiele?|ejemplos?|esempi?o?|exemplos?|пример\w*"
    r"|lines?|items?|entr(?:y|ies))(?:\s*#?\d+)?"
    r"(?:\s+(?:used|sent|seen|received|tried|reads?|says?|text|line))?\s*\d*\s*[:：]"
)
"""A label that introduces what someone wrote ("Payload used:", "Example 2:", "The text message:")."""
_BRACKETED = lazy.compile(
    r"(?<![^\W\d_])(?:payloads?|examples?|samples?|strings?|inputs?|prompts?|attempts?|lures?|tests?|probes?|cases?"
    r"|variants?|tries)(?:\s*(?:#\s*)?\d+)?\s*\Z"
)
"""A sample's name, numbered or not, before the bracket that holds its words ("Payload #4 (", "test 7 [")."""
_OPTION = lazy.compile(r"\s*(?:[-*•]\s*)?(?:\(?[a-e1-5][).]|[a-e1-5]:)\s")
"""How an answer option of a quiz starts ("b) ", "(c) ", "3. ")."""

_INLINE = lazy.compile(r"(?:^|\s)\(?[a-e]\)\s*\Z")
"""An answer option's letter right before a finding on a line of options ("a) Pay it b) Verify c) Ignore ...")."""
_INLINE_BEFORE = lazy.compile(r"(?:^|\s)\(?[a-e]\)\s")
"""Another option earlier on the same line."""


def _listed(low: str, at: int) -> bool:
    """Whether `at` follows a label that introduces quoted words, or starts an answer option in a text that asks."""
    if _LABELLED.search(low, _sentence(low, at), at) is not None:
        return True
    if _bracketed(low, at):
        return True
    lo, hi = _line(low, at)
    if _OPTION.match(low, lo) is None and (
        _INLINE.search(low, max(lo, at - 6), at) is None or _INLINE_BEFORE.search(low, lo, max(lo, at - 4)) is None
    ):
        return False
    return "?" in low[max(0, lo - _NEAR) : hi + _NEAR]


def _bracketed(low: str, at: int) -> bool:
    """Whether `at` sits in brackets opened after a sample's name (`_BRACKETED`) and closed later on its line."""
    lo, hi = _line(low, at)
    opened = max(low.rfind("(", lo, at), low.rfind("[", lo, at))
    if opened < 0 or _BRACKETED.search(low, max(lo, opened - 40), opened) is None:
        return False
    close = ")" if low[opened] == "(" else "]"
    return low.find(close, opened, at) < 0 and low.find(close, at, hi) >= 0


def _reported(low: str, at: int) -> bool:
    """Whether words that report speech stand before `at` in its sentence ("the caller says", "such as")."""
    lo = _sentence(low, at)
    if _TOLD.search(low, lo, at) is not None:
        return True
    if low[lo:at].strip():
        return _ASKED.search(low, lo, at) is not None
    return _ASKED.search(low, at, _sentence_end(low, at)) is not None


def _sentence_end(low: str, at: int) -> int:
    """Where the sentence that starts at `at` ends (its line, `_BACK` characters at most)."""
    hi = min(_line(low, at)[1], at + _BACK)
    for end in (". ", "! ", "? "):
        cut = low.find(end, at, hi)
        if cut >= 0:
            hi = cut
    return hi
