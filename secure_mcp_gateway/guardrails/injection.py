"""Prompt injection in tool outputs: instructions aimed at the model, each scored 0..1, combined per string."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from .findings import Finding, lower_aligned
from .normalize import find_folded
from .scan import SHORT, Gate, any_of, written_matches

# The rules run on the lower-cased text. Most start with a literal word (`ignore`, `<`, `you`, `the user`), which
# the regex engine finds with its fast literal search, led by the word's rarest letter where that helps (`lead`,
# see `scan.Pivoted`); the verbs with a `g` share one gate scan, the two `the user` rules another (`scan.Gate`),
# and a short text first gets one pass of all rules joined (`scan.any_of`). A rule may also require a short phrase
# right before its anchor (`do not tell` before `the user`), checked only where the anchor occurs. A rule that
# meets its anchor too often falls back to one linear pass of the combined expression, so no input costs more
# than a few passes.
#
# Scores combine like independent evidence (1 - product of (1 - best score per kind)), so one weak signal such as
# a "System:" line passes, while a fake turn plus an instruction to call a tool does not.

DETECTOR = "injection"
_MAX_ANCHORS = 400


@dataclass(frozen=True)
class Rule:
    """One expression; each top-level named group that matched maps to a (kind, score)."""

    pattern: re.Pattern[str]
    outcomes: dict[str, tuple[str, float]]
    before: re.Pattern[str] | None = None
    window: int = 160
    fallback: re.Pattern[str] | None = None
    at_start: re.Pattern[str] | None = None
    boost: tuple[re.Pattern[str], float] | None = None
    back: int = 0
    need: str = ""
    gate: tuple[Gate, str] | None = None
    near: tuple[str, ...] = ()


def rule(
    pattern: str,
    outcomes: dict[str, tuple[str, float]] | tuple[str, float],
    before: str | None = None,
    window: int = 160,
    boost: tuple[str, float] | None = None,
    lead: int = 0,
    need: str = "",
    gate: tuple[Gate, str] | None = None,
    near: tuple[str, ...] = (),
) -> Rule:
    """A compiled rule. `outcomes` is one (kind, score) or a map from named group to (kind, score).

    With `before`, a match counts only where that phrase ends right at its start (within `window` characters). A
    pattern that starts with a newline also matches at the very start of the text. With `boost` (expression,
    score), a finding whose text contains the expression gets that score instead. With `lead`, the pattern starts
    with a literal word whose first `lead` characters are checked by a look-behind instead, so that the scan is led
    by a rarer character (see `scan.Pivoted`); matches and findings stay the same. `need` lists characters that
    every match holds (a text without one of them is not scanned); with `gate` (a `scan.Gate` and a name), the rule
    runs only on texts where the gate finds that name. With `near`, the `before` phrase is looked for only where
    one of these words occurs in its window (a cheap test for an anchor that is common).
    """
    at_start = re.compile(pattern[2:]) if pattern.startswith("\\n") else None
    written = pattern
    if lead:
        word = re.match(r"[a-z ]*[a-z ](?![?*+{])", pattern)
        if word is None or len(word.group()) <= lead:
            raise ValueError(f"lead={lead} needs a longer literal word at the start of {pattern!r}")
        pattern = f"{word.group()[lead:]}(?<={word.group()}){pattern[word.end() :]}"
    if isinstance(outcomes, tuple):
        written, pattern, outcomes = f"(?P<m>{written})", f"(?P<m>{pattern})", {"m": outcomes}
    return Rule(
        pattern=re.compile(pattern),
        outcomes=outcomes,
        before=re.compile(f"(?:{before})\\Z") if before else None,
        window=window,
        fallback=re.compile(f"(?:{before}){written}") if before else None,
        at_start=at_start,
        boost=(re.compile(boost[0]), boost[1]) if boost else None,
        back=lead,
        need=need,
        gate=gate,
        near=near,
    )


def scan(low: str, rules: Sequence[Rule], detector: str) -> list[Finding]:
    """Every rule's matches in `low` (lower-cased text) as scored findings."""
    if len(low) <= SHORT:
        anywhere, at_start = _combined(rules)
        if anywhere.search(low) is None and not any(p.match(low) for p in at_start):
            return []
    out: list[Finding] = []
    gated: dict[Gate, set[str]] = {}
    for r in rules:
        if r.need and not all(c in low for c in r.need):
            continue
        if r.gate is not None:
            gate, name = r.gate
            names = gated.get(gate)
            if names is None:
                names = gated[gate] = gate.names(low)
            if name not in names:
                continue
        if r.at_start is not None:
            m = r.at_start.match(low)
            if m is not None:
                out.append(_finding(detector, r, m, m.start()))
        if r.before is None or r.fallback is None:
            skip = 1 if r.at_start is not None else 0
            out.extend(_finding(detector, r, m, m.start() + skip - r.back) for m in _matches(r, low))
            continue
        found: list[Finding] = []
        for n, m in enumerate(_matches(r, low)):
            if n >= _MAX_ANCHORS:
                found = [_finding(detector, r, fm, fm.start()) for fm in r.fallback.finditer(low)]
                break
            start = m.start() - r.back
            lo = max(0, start - r.window)
            if r.near and not any(low.find(w, lo, start) >= 0 for w in r.near):
                continue
            b = r.before.search(low, lo, start)
            if b is not None:
                found.append(_finding(detector, r, m, b.start()))
        out.extend(found)
    return out


_Combined = tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]
_COMBINED: dict[int, tuple[Sequence[Rule], _Combined]] = {}


def _combined(rules: Sequence[Rule]) -> _Combined:
    """For short texts: the rules' patterns as one expression (see `scan.any_of`), and the patterns that also match
    at the very start (tried there alone: joined, they would be tried at every position); built once per set."""
    known = _COMBINED.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    combined = any_of([r.pattern.pattern for r in rules]), tuple(r.at_start for r in rules if r.at_start is not None)
    if len(_COMBINED) > 16:
        _COMBINED.clear()
    _COMBINED[id(rules)] = (rules, combined)
    return combined


def _matches(r: Rule, low: str) -> Iterator[re.Match[str]]:
    """The matches of the rule's pattern as written (see `scan.written_matches`)."""
    return written_matches(r.pattern, low, r.back)


def _finding(detector: str, r: Rule, m: re.Match[str], start: int) -> Finding:
    kind, score = r.outcomes.get(m.lastgroup or "", next(iter(r.outcomes.values())))
    if r.boost is not None and r.boost[0].search(m.string, start, m.end()):
        score = r.boost[1]
    return Finding(detector, kind, start, m.end(), score)


def combined(findings: Iterable[Finding]) -> float:
    """The combined score of findings: 1 - product over kinds of (1 - the kind's best score)."""
    best: dict[str, float] = {}
    for f in findings:
        if f.score > best.get(f.kind, 0.0):
            best[f.kind] = f.score
    rest = 1.0
    for s in best.values():
        rest *= 1.0 - s
    return 1.0 - rest


_BOUNDARIES = ("\n", ". ", "! ", "? ")
_REACH = 400


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence or line around [start, end), at most `_REACH` characters further each way."""
    lo = max(0, start - _REACH)
    left = lo
    for b in _BOUNDARIES:
        i = text.rfind(b, lo, start)
        if i >= 0 and i + len(b) > left:
            left = i + len(b)
    if left == lo and lo > 0:
        left = start
    hi = min(len(text), end + _REACH)
    right = hi
    for b in _BOUNDARIES:
        i = text.find(b, end, hi)
        stop = i if b == "\n" else i + 1
        if i >= 0 and stop < right:
            right = stop
    if right == hi and hi < len(text):
        right = end
    return left, right


# --- the rules ------------------------------------------------------------------------------------------------

_QUALIFIER = (
    r"(?:previous|prior|above|earlier|preceding|former|foregoing|original|initial|existing|system|safety|developer"
    r"|security)"
)
_ORDERS = (
    r"(?:instructions?|prompts?|rules|directions|guidelines|directives|context|messages|commands|guidance|guardrails"
    r"|restrictions|constraints|policies|programming|orders)"
)
_IGNORE_TAIL = (
    rf"(?:(?P<strong>\s+(?:(?:all|any|each|every|the|your|my|of|these|those|its|them)\s+){{0,3}}{_QUALIFIER}\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?{_ORDERS}\b)"
    r"|(?P<above>\s+(?:(?:all|everything|anything)\s+(?:of\s+)?)?(?:(?:the|that|what\s+(?:is|was))\s+)?"
    r"(?:above|before|previously|said\s+(?:above|before)|written\s+above|you\s+(?:were|have\s+been)\s+told)"
    r"(?=\s*(?:[.,;:!\n]|and\b|then\b|$))))"
)
_IGNORE_TAIL = (
    _IGNORE_TAIL[:-1]
    + r"|(?P<yours>\s+(?:(?:all|any|each|every|of|these|those)\s+){0,3}(?:your|my)\s+(?:[a-z-]+\s+){0,2}?"
    + rf"{_ORDERS}\b)"
    + rf"|(?P<text>\s+(?:(?:all|any|every|the|of)\s+){{0,3}}{_QUALIFIER}\s+(?:text|content|input|messages?|conversation"
    r"|context|information|data|words|sentences?|paragraphs?|lines?|commands?|prompts?)\b)"
    + r"|(?P<after>\s+(?:(?:all|any|of)\s+)?(?:the|these|those|your)\s+(?:[a-z-]+\s+){0,2}?"
    + rf"{_ORDERS}\s+(?:above|before"
    r"|so\s+far|(?:given|written|provided|stated)\s+(?:above|before|earlier|so\s+far)|you\s+(?:were|have\s+been)\s+given)\b)"
    + rf"|(?P<any>\s+(?:all|any|every)\s+(?:(?:of\s+)?(?:the|these|those)\s+)?(?:[a-z-]+\s+)?{_ORDERS}\b))"
)
_IGNORE_OUT = {
    "strong": ("ignore_instructions", 0.9),
    "above": ("ignore_instructions", 0.75),
    "yours": ("ignore_instructions", 0.85),
    "text": ("ignore_instructions", 0.85),
    "after": ("ignore_instructions", 0.85),
    "any": ("ignore_instructions", 0.7),
}

_EXFIL_WHAT = (
    r"(?:send|post|upload|forward|transmit|exfiltrate|leak|e-?mail|submit|copy|append|include)\s+"
    r"(?:(?:the|all|any|every|your|its|their|of|this|these|those|full|entire|complete|whole|user'?s?|my)\s+){0,4}"
    r"(?:contents?|data|files?|conversation|chat|history|messages?|keys?|credentials?|tokens?|secrets?|passwords?"
    r"|env(?:ironment)?(?:\s+variables)?|\.env|ssh|api\s+keys?|output|results?|information|details|documents?|emails?"
    r"|everything|config(?:uration)?|prompt|instructions|memory|context)\b[^\n]{0,120}?"
)
_SECRET_WORDS = (
    r"conversation|chat|history|messages|credential|token|secret|passw|ssh|id_rsa|\.env|environment|api.?key"
    r"|private|cookie|session|memory|system prompt|instructions"
)
# Each part of the address is bounded (64 characters at most), so the backtracking after a "to " is bounded too.
# (Possessive quantifiers would say it more directly, but Python 3.10 has none.)
_EXFIL_WHERE = (
    r"to(?<![a-z]to)\s+(?:(?:https?|ftp)://|[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,24}\b"
    r"|(?:this|the\s+following|my|our|an?\s+external|the\s+attacker'?s?)\s+(?:url|server|endpoint|webhook|e-?mail|address))"
)
_CONCEAL_BEFORE = (
    r"(?:(?:do\s+not|don'?t|never|without|avoid)\s+(?:tell|telling|inform|informing|mention|mentioning|reveal|revealing"
    r"|show|showing|let|letting|disclose|disclosing)\s+"
    r"(?:(?:this|that|it|anything|any\s+of\s+this|about\s+(?:this|it))\s+)?(?:(?:to|with)\s+)?"
    r"|keep\s+(?:this|it)\s+(?:secret|hidden|confidential)\s+from\s+)"
)
_USER = (
    r"the user(?:(?P<after>\s+(?:must|should|shall)\s+(?:not|never)\s+(?:know|see|notice|find\s+out|learn"
    r"|be\s+(?:told|informed|aware|notified)))|(?<=without the user)(?P<unaware>(?:'s)?\s+(?:knowing|knowledge|noticing"
    r"|consent|permission)))"
)
# Led by "you": orders to call a tool, "your new task is", "you are now in developer mode".
YOU = (
    r"you(?<![a-z]you)(?:\s+(?:(?P<now>must\s+(?:now|immediately|always)|are\s+now\s+(?:required|instructed)\s+to)"
    r"|(?P<must>must|need\s+to|have\s+to|are\s+(?:required|instructed)\s+to))\s+"
    r"(?:(?:now|also|immediately|first|then|always)\s+)?(?:call|invoke|execute|run|use|trigger)\s+(?:the\s+|a\s+)?"
    r"(?:(?:tool|function)\s+[`'\"]?[\w.-]{1,64}|[`'\"]?[\w.-]{1,64}[`'\"]?\s+(?:tool|function))\b"
    r"|(?P<task>r\s+(?:new|real|actual|true)\s+(?:task|goal|objective|instructions?|purpose|role|mission)\s+(?:is|are)\b)"
    r"|(?P<mode>\s+are\s+now\s+(?:in\s+)?(?:developer|dan|jailbreak|god|unrestricted)\s+mode\b))"
)
_IGNORE_VERBS = (("ignore", 1), ("disregard", 5), ("forget", 3), ("override", 1), ("bypass", 1))
"""The verbs, each with how many of its letters come before its rarest one (`g`, `v`), which leads its scan."""
_G = Gate("g", {"ignore": ("i", "nore"), "disregard": ("disre", "ard"), "forget": ("for", "et")})
_THE_USER = Gate("user", {"the_user": ("the ", "")})
"""One scan for `g` tells which of the verbs that hold it are in a text, one for `the user` serves two rules."""

_LEAK_VERBS = (
    r"(?:repeat|print|reveal|show|output|display|leak|recite|dump|echo|write\s+out|spell\s+out|tell\s+me|give\s+me"
    r"|share|disclose|translate|summari[sz]e|paste|copy)\s+(?:back\s+)?(?:to\s+me\s+)?"
)
_LEAK_WHOSE = (
    r"(?=(?:[a-z]+\s+){0,5}?(?:your|system|initial|original|hidden|secret|previous|above|developer)\b)"
    r"(?:(?:all|every|each|of|the|your|my|these|those|full|entire|complete|exact|original|initial|hidden|secret"
    r"|system|previous|above|developer|word|for|verbatim)\s+){1,6}"
)
_LEAK_NEAR = (
    "repeat",
    "print",
    "reveal",
    "show",
    "output",
    "display",
    "leak",
    "recite",
    "dump",
    "echo",
    "write",
    "spell",
    "tell",
    "give",
    "share",
    "disclose",
    "translate",
    "summar",
    "paste",
    "copy",
)
_CREDENTIALS = (
    r"(?:passwords?|passcodes?|credentials|api[\s_-]?keys?|access\s+tokens?|secret\s+keys?|private\s+keys?"
    r"|seed\s+phrases?|recovery\s+phrases?|one[\s-]time\s+(?:codes?|passwords?)|otp|2fa\s+codes?"
    r"|verification\s+codes?|credit\s+card(?:\s+(?:number|details))?|social\s+security\s+number)\b"
)
USER_SAYS = (
    r"user(?<=the user)\s+(?:has\s+)?(?:asked|instructed|told|wants|would\s+like|requested|requires|authori[sz]ed"
    r"|approved|expects|has\s+given\s+permission\s+for|gave\s+permission\s+for)\s+(?:you|the\s+(?:assistant"
    r"|model|ai|agent))\s+to\b"
)
"""Text that speaks for the user ("the user has asked you to ..."): in a tool's output the user did not write it."""
USER_GATE = (_THE_USER, "the_user")

SHARED_RULES: tuple[Rule, ...] = (
    *(
        rule(rf"{verb}(?<![a-z]{verb}){_IGNORE_TAIL}", _IGNORE_OUT, lead=lead, gate=(_G, verb) if "g" in verb else None)
        for verb, lead in _IGNORE_VERBS
    ),
    rule(
        r"<(?:(?P<chat>(?:\|(?:im_start|im_end|im_sep|system|user|assistant|endoftext|eot_id|start_header_id"
        r"|end_header_id|begin_of_text)\||</?sys>|(?:start|end)_of_turn)>)"
        r"|(?P<tag>/?(?:important|instructions?|system[_ -]?(?:prompt|message|instructions?)|hidden[_ -]?instructions?"
        r"|secret[_ -]?instructions?)(?:\s[^<>\n]{0,80})?>)|(?P<systag>/?system>))",
        {"chat": ("chat_template_token", 0.85), "tag": ("instruction_tag", 0.55), "systag": ("instruction_tag", 0.35)},
        need="<>",
    ),
    rule(r"\[/?inst\]", ("chat_template_token", 0.85), need="[]"),
    rule(
        r"\n[ \t>*]*(?:(?P<role>(?:system|assistant|developer)\**[ \t]*:)"
        r"|#{2,4}[ \t]*(?:(?P<mdrole>(?:system|assistant)[ \t]*:)|(?P<mdinstr>(?:instructions?|response)[ \t]*:)))",
        {"role": ("fake_turn", 0.45), "mdrole": ("fake_turn", 0.65), "mdinstr": ("fake_turn", 0.5)},
        need=":",
    ),
    rule(_EXFIL_WHERE, ("exfiltration", 0.5), before=_EXFIL_WHAT, window=220, boost=(_SECRET_WORDS, 0.75)),
    rule(
        _USER,
        {"after": ("conceal_from_user", 0.8), "unaware": ("conceal_from_user", 0.7)},
        lead=4,
        gate=(_THE_USER, "the_user"),
    ),
    rule(
        r"the user\b",
        ("conceal_from_user", 0.8),
        before=_CONCEAL_BEFORE,
        window=80,
        lead=4,
        gate=(_THE_USER, "the_user"),
    ),
    rule(
        r"instructions?\s*:",
        ("new_instructions", 0.7),
        before=r"(?:new|updated|revised|real|actual|true|secret|hidden)\s+(?:system\s+)?",
        window=40,
        lead=5,
        need=":",
    ),
    rule(r"from now on,?\s+you\s+(?:will|must|are|shall|should)\b", ("new_instructions", 0.6), lead=7),
    rule(
        r"the user\b",
        ("conceal_from_user", 0.45),
        before=r"(?:do\s+not|don'?t|never|without)\s+(?:notify|notifying|alert|alerting|ask|asking|warn|warning)\s+",
        window=40,
        lead=4,
        gate=(_THE_USER, "the_user"),
    ),
    rule(
        r"follow(?:ing)?\s+(?:(?:any|all|of|the|these|those)\s+){0,2}(?:(?:your|my)\s+(?:[a-z-]+\s+){0,2}?|"
        + _QUALIFIER
        + r"\s+)"
        + _ORDERS
        + r"\b",
        ("ignore_instructions", 0.75),
        before=r"(?:do\s+not|don'?t|stop|no\s+longer|never|cease)\s+",
        window=20,
        lead=2,
    ),
    rule(
        r"instructions?\b",
        ("new_instructions", 0.7),
        before=r"(?:begin|start|here\s+are|these\s+are|follow|enter|load|new|updated|real|true|secret)[\W_]{0,4}"
        r"(?:the\s+|your\s+|my\s+|of\s+)?(?:new|updated|revised|real|actual|true|secret|hidden|override)[\s_-]+"
        r"(?:system[\s_-]+)?",
        window=60,
        lead=5,
    ),
    rule(
        r"instructions?(?=\s*(?:#|=|\]|\*\*|-{2,}|>|:))",
        ("new_instructions", 0.7),
        before=r"(?:new|updated|revised|real|actual|true|secret|hidden|override)[\s_-]+(?:system[\s_-]+)?",
        window=40,
        lead=5,
    ),
    *(
        rule(
            rf"{word}\b",
            ("prompt_leak", 0.7),
            before=_LEAK_VERBS + _LEAK_WHOSE,
            window=100,
            near=_LEAK_NEAR,
        )
        for word in ("instructions", "prompt", "prompts", "rules", "guidelines", "directives", "configuration")
    ),
    *(
        rule(
            rf"{word}\b",
            ("prompt_leak", 0.65),
            before=r"(?:repeat|print|output|show|display|dump|echo|recite|write\s+out)\s+(?:back\s+)?(?:all\s+)?"
            r"(?:of\s+)?(?:the\s+|your\s+)?(?:text|words|everything|content|messages?|conversation|instructions"
            r"|prompt)\s+",
            window=60,
            near=_LEAK_NEAR,
        )
        for word in ("above", "before this", "so far")
    ),
    rule(
        r"from\s+(?:the\s+)?(?:system|administrator|admin|developers?|anthropic|openai|security\s+team|user|your\s+"
        r"(?:user|owner|creator|developer))\b",
        ("impersonation", 0.6),
        before=r"(?:message|note|instructions?|notice|update|alert|order|directive|command)s?\s+",
        window=20,
    ),
    rule(
        r"\[(?:system|admin|administrator|developer|assistant|operator)(?:[\s_-]+(?:message|note|override|prompt|notice"
        r"|instructions?))?\]",
        ("fake_turn", 0.55),
        need="[]",
    ),
    rule(
        r"system(?<![a-z]system)[\s_-]+(?:override|message|instructions?|notice|alert|update|prompt\s+update)\s*[:!\]#=-]",
        ("impersonation", 0.6),
        lead=1,
    ),
    rule(
        r"tool\b",
        ("fake_error", 0.65),
        before=r"(?:error|failed|failure|unavailable|deprecated|denied|expired|invalid|broken|disabled|not\s+(?:available"
        r"|supported|authori[sz]ed))\b[^\n]{0,120}?\b(?:you\s+(?:must|should|need\s+to|have\s+to|will\s+need\s+to)"
        r"|please|instead,?|to\s+(?:continue|proceed|fix\s+this|resolve\s+this|complete\s+this)[^\n]{0,20}?,?)\s+"
        r"(?:now\s+|first\s+|immediately\s+)?(?:call|use|invoke|run|switch\s+to|try)\s+(?:the\s+)?"
        r"[`'\"]?[\w.-]{2,64}[`'\"]?\s+",
        window=220,
        lead=1,
        near=("error", "fail", "deprecat", "denied", "expired", "invalid", "unavailable", "disabled", "broken", "not "),
    ),
    rule(
        r"user\s+(?:for|to\s+(?:provide|enter|type|give|share|send|confirm|re-?enter|paste))\s+(?:their|his|her|the"
        r"|its|your)?\s*(?:full\s+|current\s+|account\s+|github\s+)?" + _CREDENTIALS,
        ("credential_request", 0.7),
        before=r"(?:ask|request|prompt|get)\s+(?:the\s+)?",
        window=20,
    ),
    rule(
        r"your\s+(?:full\s+|current\s+|account\s+)?" + _CREDENTIALS,
        ("credential_request", 0.5),
        before=r"(?:provide|send|share|paste|reveal|include|submit)\s+(?:me\s+)?",
        window=20,
    ),
    *(
        rule(
            verb + r"\s+(?:this|the|all|the\s+current|this\s+entire|the\s+whole)\s+(?:task|conversation|chat|request"
            r"|session|control|job|query|thread)\s+(?:over\s+)?to\s+(?:the\s+|an?\s+|another\s+)?[\w.:/-]{1,64}"
            r"(?:\s+[\w.-]{1,32})?",
            ("task_transfer", 0.45),
            boost=(r"\b(?:agent|assistant|model|bot|ai|llm)\b|https?://|[\w-](?:agent|bot)\b", 0.65),
        )
        for verb in ("transfer(?:ring)?", r"hand(?:ing)?\s*(?:off|over)", "delegat(?:e|ing)", "reassign(?:ing)?")
    ),
    rule(
        r"prompt\b",
        ("prompt_leak", 0.6),
        before=r"(?:reveal|print|show|repeat|output|display|leak|tell\s+me|give\s+me)\s+(?:me\s+)?(?:your|the)\s+"
        r"(?:full\s+|entire\s+|original\s+|complete\s+|exact\s+)?(?:system|initial|original|hidden)\s+",
        window=80,
        lead=3,
    ),
)

RULES: tuple[Rule, ...] = (
    *SHARED_RULES,
    rule(
        YOU,
        {
            "now": ("tool_directive", 0.7),
            "must": ("tool_directive", 0.45),
            "task": ("new_instructions", 0.7),
            "mode": ("new_instructions", 0.7),
        },
    ),
    rule(USER_SAYS, ("impersonation", 0.65), gate=USER_GATE),
)
"""The rules for tool output; `SHARED_RULES` are also used for definitions, which weigh tool directives less."""


_CLOSERS = (("<|im_start|>", "<|im_end|>"), ("[inst]", "[/inst]"), ("<<sys>>", "<</sys>>"))
_TAG_NAME = re.compile(r"<([a-z_ -]+)")
_TAG_REACH = 4000


def span(text: str, low: str, f: Finding) -> tuple[int, int]:
    """What a redaction of finding `f` removes: its sentence, or up to the closing tag of an opening tag."""
    start, end = sentence(text, f.start, f.end)
    opener = low[f.start : f.end]
    if f.kind == "instruction_tag":
        name = _TAG_NAME.match(opener)
        closer = f"</{name.group(1)}" if name else None
    else:
        closer = next((c for o, c in _CLOSERS if opener.startswith(o)), None)
    if closer:
        at = low.find(closer, f.end, f.end + _TAG_REACH)
        if at >= 0:
            close_end = low.find(">", at) + 1 or at + len(closer)
            end = max(end, sentence(text, at, close_end)[1])
    return start, end


def find(text: str, low: str | None = None) -> list[Finding]:
    """Every scored injection signal in `text`, each widened to the span a redaction removes (see `span`)."""
    if len(text) < 6:
        return []
    if not text.isascii():
        return find_folded(_find, text, low)
    return _find(text, low if low is not None else lower_aligned(text))


def _find(text: str, low: str) -> list[Finding]:
    return [Finding(DETECTOR, f.kind, *span(text, low, f), f.score) for f in scan(low, RULES, DETECTOR)]
