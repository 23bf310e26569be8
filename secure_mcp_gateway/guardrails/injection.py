"""Prompt injection in tool outputs: instructions aimed at the model, each scored 0..1, combined per string."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .findings import Finding, lower_aligned

# The rules run on the lower-cased text. Most start with a literal word (`ignore`, `<`, `you`, `the user`), which
# the regex engine finds with its fast literal search; a rule may also require a short phrase right before its
# anchor (`do not tell` before `the user`), checked only where the anchor occurs. A rule that meets its anchor
# too often falls back to one linear pass of the combined expression, so no input costs more than a few passes.
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


def rule(
    pattern: str,
    outcomes: dict[str, tuple[str, float]] | tuple[str, float],
    before: str | None = None,
    window: int = 160,
    boost: tuple[str, float] | None = None,
) -> Rule:
    """A compiled rule. `outcomes` is one (kind, score) or a map from named group to (kind, score).

    With `before`, a match counts only where that phrase ends right at its start (within `window` characters). A
    pattern that starts with a newline also matches at the very start of the text. With `boost` (expression,
    score), a finding whose text contains the expression gets that score instead.
    """
    at_start = re.compile(pattern[2:]) if pattern.startswith("\\n") else None
    if isinstance(outcomes, tuple):
        pattern, outcomes = f"(?P<m>{pattern})", {"m": outcomes}
    return Rule(
        pattern=re.compile(pattern),
        outcomes=outcomes,
        before=re.compile(f"(?:{before})\\Z") if before else None,
        window=window,
        fallback=re.compile(f"(?:{before}){pattern}") if before else None,
        at_start=at_start,
        boost=(re.compile(boost[0]), boost[1]) if boost else None,
    )


def scan(low: str, rules: Iterable[Rule], detector: str) -> list[Finding]:
    """Every rule's matches in `low` (lower-cased text) as scored findings."""
    out: list[Finding] = []
    for r in rules:
        if r.at_start is not None:
            m = r.at_start.match(low)
            if m is not None:
                out.append(_finding(detector, r, m, m.start()))
        if r.before is None or r.fallback is None:
            skip = 1 if r.at_start is not None else 0
            out.extend(_finding(detector, r, m, m.start() + skip) for m in r.pattern.finditer(low))
            continue
        found: list[Finding] = []
        for n, m in enumerate(r.pattern.finditer(low)):
            if n >= _MAX_ANCHORS:
                found = [_finding(detector, r, fm, fm.start()) for fm in r.fallback.finditer(low)]
                break
            b = r.before.search(low, max(0, m.start() - r.window), m.start())
            if b is not None:
                found.append(_finding(detector, r, m, b.start()))
        out.extend(found)
    return out


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
_IGNORE_OUT = {"strong": ("ignore_instructions", 0.9), "above": ("ignore_instructions", 0.75)}

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
_EXFIL_WHERE = (
    r"to(?<![a-z]to)\s+(?:(?:https?|ftp)://|[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,24}\b"
    r"|(?:this|the\s+following|my|our|an?\s+external|the\s+attacker'?s?)\s+(?:url|server|endpoint|webhook|e-?mail|address))"
)
_CONCEAL_BEFORE = (
    r"(?:(?:do\s+not|don'?t|never|without|avoid)\s+(?:tell|telling|inform|informing|mention|mentioning|reveal|revealing"
    r"|notify|notifying|alert|alerting|show|showing|let|letting|disclose|disclosing|ask|asking|warn|warning)\s+"
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
_IGNORE_VERBS = ("ignore", "disregard", "forget", "override")

SHARED_RULES: tuple[Rule, ...] = (
    *(rule(rf"{verb}(?<![a-z]{verb}){_IGNORE_TAIL}", _IGNORE_OUT) for verb in _IGNORE_VERBS),
    rule(
        r"<(?:(?P<chat>(?:\|(?:im_start|im_end|im_sep|system|user|assistant|endoftext|eot_id|start_header_id"
        r"|end_header_id|begin_of_text)\||</?sys>|(?:start|end)_of_turn)>)"
        r"|(?P<tag>/?(?:important|instructions?|system[_ -]?(?:prompt|message|instructions?)|hidden[_ -]?instructions?"
        r"|secret[_ -]?instructions?)(?:\s[^<>\n]{0,80})?>)|(?P<systag>/?system>))",
        {"chat": ("chat_template_token", 0.85), "tag": ("instruction_tag", 0.55), "systag": ("instruction_tag", 0.35)},
    ),
    rule(r"\[/?inst\]", ("chat_template_token", 0.85)),
    rule(
        r"\n[ \t>*]*(?:(?P<role>(?:system|assistant|developer)\**[ \t]*:)"
        r"|#{2,4}[ \t]*(?:(?P<mdrole>(?:system|assistant)[ \t]*:)|(?P<mdinstr>(?:instructions?|response)[ \t]*:)))",
        {"role": ("fake_turn", 0.45), "mdrole": ("fake_turn", 0.65), "mdinstr": ("fake_turn", 0.5)},
    ),
    rule(_EXFIL_WHERE, ("exfiltration", 0.5), before=_EXFIL_WHAT, window=220, boost=(_SECRET_WORDS, 0.75)),
    rule(_USER, {"after": ("conceal_from_user", 0.8), "unaware": ("conceal_from_user", 0.7)}),
    rule(r"the user\b", ("conceal_from_user", 0.8), before=_CONCEAL_BEFORE, window=80),
    rule(
        r"instructions?\s*:",
        ("new_instructions", 0.7),
        before=r"(?:new|updated|revised|real|actual|true|secret|hidden)\s+(?:system\s+)?",
        window=40,
    ),
    rule(r"from now on,?\s+you\s+(?:will|must|are|shall|should)\b", ("new_instructions", 0.6)),
    rule(
        r"prompt\b",
        ("prompt_leak", 0.6),
        before=r"(?:reveal|print|show|repeat|output|display|leak|tell\s+me|give\s+me)\s+(?:me\s+)?(?:your|the)\s+"
        r"(?:full\s+|entire\s+|original\s+|complete\s+|exact\s+)?(?:system|initial|original|hidden)\s+",
        window=80,
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
    low = low if low is not None else lower_aligned(text)
    return [Finding(DETECTOR, f.kind, *span(text, low, f), f.score) for f in scan(low, RULES, DETECTOR)]
