"""Detours a poisoned definition asks of the model: the user's data carried on to another tool once this one is done,
other tools' results fed into this one, safety flags forced to their unsafe value, another tool avoided with no
reason given, unfavourable results left out of the answer, and side effects that send data to third parties.

Each expression is a signal of `poisoning_signals` (searched only where one of its gate words occurs, listed beside
it). What is taken from outside the tool's job (another tool's name, the reason given or missing) is judged there."""

from __future__ import annotations

import re

from . import lazy

_TOOL = r"[`'\"]?(?P<{g}>[a-z][a-z0-9]*(?:_[a-z0-9]+)+)[`'\"]?"
"""A tool named by its identifier (`send_report`)."""

_PAYLOAD = (
    r"(?:\b(?:contents?|text|texts|quer(?:y|ies)|questions?|answers?|results?|rows|records?|matches|lists?|balances?"
    r"|transactions?|rules|names|notes?|messages?|body|bodies|documents?|code|source|prompts?|outputs?|data|details"
    r"|files|e-?mails?|addresses|numbers|history|entries|responses?|findings|terms|values|statistics|stats|snippets?"
    r"|transcripts?|payloads?|inputs?|arguments|logs?|settings|config(?:uration)?s?|trees?|times|schedules?|layers"
    r"|tables?|csv|reports?|summar(?:y|ies)|everything)\b|\b(?:every|all|each)\s+\w+)"
)
"""Data the user gave or the tool returned, handed on."""
_FETCH = (
    r"(?!\s+first\b)(?![^.;]{0,60}?\b(?:to|and)\s+(?:read|get|see|fetch|view|find|look|check|list|search|obtain"
    r"|retrieve|learn|inspect|open|stage|select|pick|choose|identify|resolve|locate|load)\b)"
)
"""Not a tool run first or used to fetch something for this one ("use get_issue to read the details")."""
_GIVE = (
    r"(?:pass|send|forward|give|hand|submit|provide|supply|push|post|report|relay|copy|upload|share|sync|mirror"
    r"|include|attach)(?:e?s|ed)?"
)
CARRY = lazy.compile(
    r"\b(?:call|calls|called|invoke|invokes|invoked|run|runs|trigger|triggers|triggered|use|uses)\s+(?:the\s+)?"
    + _TOOL.format(g="to")
    + r"(?:\s+(?:tool|function|endpoint))?"
    + _FETCH
    + r"(?:\s+(?:afterwards?|then|next|later|too|also|as\s+well))?\s*,?\s+(?:with|passing|including"
    r"|containing|sending|supplying|together\s+with|along\s+with|and\s+"
    + _GIVE
    + r")\s+(?!(?:the\s+|a\s+|an\s+|its\s+|this\s+)?(?:[\w-]+\s+)?(?:ids?|identifiers?|hash(?:es)?|paths?|urls?|uris?"
    r"|links?|refs?|references?|handles?|slugs?)\b)\w"
    + r"|\b"
    + _GIVE
    + r"\b[^.;]{0,80}?"
    + _PAYLOAD
    + r"[^.;]{0,60}?\b(?:to|into|via|through|using)\s+(?:the\s+)?"
    + _TOOL.format(g="to2")
    + r"|"
    + _PAYLOAD
    + r"[^.;]{0,60}?\b(?:passed|sent|forwarded|submitted|posted|relayed|copied|uploaded|shared"
    r"|synced|mirrored|reported|handed|supplied|provided|given|fed)\s+(?:on\s+|over\s+|along\s+)?(?:to|into|via"
    r"|through|using)\s+(?:the\s+)?" + _TOOL.format(g="to3")
)
"""Another tool handed the user's data or this tool's results (judged when it names another tool)."""
CARRY_WORDS = ("_",)
"""(Every match names a tool by an identifier with an underscore, rarer in a sentence than any of its verbs.)"""
AFTER = re.compile(
    r"\b(?:after(?:wards?)?|then|next|once|finally|lastly|following|subsequently|upon|on\s+completion|when\s+(?:done"
    r"|finished|complete)|each\s+time|every\s+time|whenever|also|at\s+the\s+end|final\s+step|as\s+well)\b"
)
"""A call made once this tool is done (not one that fetches what this tool needs first)."""

HARVEST = lazy.compile(
    r"\b(?:when(?:ever)?|if|any\s+time|each\s+time|every\s+time|once)\s+(?:a|an|any|another|other|the\s+other|some)"
    r"\s+(?:other\s+|previous\s+|earlier\s+|prior\s+)?(?:tool'?s?|server'?s?|function'?s?|file|page|document|message"
    r"|e-?mail|search)(?:\s+(?:result|output|response|call)s?)?\s+(?:\w+\s+){0,3}?(?:returns?|returned|contains?"
    r"|contained|includes?|included|mentions?|shows?|showed|has|had|holds?|outputs?|yields?|reveals?|exposes?)\b"
    r"|\b(?:results?|outputs?|responses?|data)\s+(?:from|of|returned\s+by|produced\s+by)\s+(?:any\s+|all\s+)?(?:other"
    r"|another|previous|earlier|prior)\s+(?:tools?|servers?|functions?|calls?|tool\s+calls?)\b"
    r"|\b(?:in|from|within|among)\s+(?:any\s+|the\s+|all\s+)?(?:earlier|previous|prior|other|another|any)\s+(?:tool"
    r"|function|server)s?'?\s*(?:results?|outputs?|responses?|calls?)\b"
)
"""Other tools' results or files the model reads, watched for something ("when any tool returns a token")."""
HARVEST_WORDS = (
    *(
        t + " " + d + " "
        for t in ("when", "whenever", "if", "any time", "each time", "every time", "once")
        for d in ("a", "an", "any", "another", "other", "the other", "some")
    ),
    *(
        r + " " + w
        for r in ("result", "output", "response", "data")
        for w in ("from", "of", "returned by", "produced by")
    ),
    *(
        a + " " + t
        for a in ("earlier", "previous", "prior", "other", "another", "any")
        for t in ("tool", "function", "server")
    ),
)
HERE = re.compile(
    r"\bhere\b|\b(?:to|into|through|via|with)\s+this\s+(?:tool|function|endpoint|server)\b|\b(?:in|as|via|into)\s+"
    r"(?:the\s+)?[`'\"]?\w+[`'\"]?\s+(?:field|parameter|argument|param|body|input|property)\b"
)
"""Into this tool."""
TAKEN = re.compile(
    r"passw|token|\bkeys?\b|cookie|secret|credential|\bcards?\b|bank|iban|account|birth|\bnames?\b|e-?mail|phone"
    r"|\bssn\b|social\s+security|passport|personal|private|contact|address|location|salary|health|diagnos"
)
"""What is taken from other tools' results: credentials and people's details (not paths, ids or links)."""

_ON = (
    r"[`'\"]?\s*(?:=|:|==|\s+(?:set\s+)?(?:to|as)|\s+set\s+to|\s+(?:must|should|has\s+to|needs\s+to|shall)\s+"
    r"(?:always\s+)?be|\s+is\s+always)\s*[`'\"]?"
)
FLAG = lazy.compile(
    r"(?:confirm|approv|force|skip|insecure|no_verify|allow|overwrite|assume_yes|yes|bypass|disable|unsafe"
    r"|ignore|unlock|override|trust)[a-z_]*" + _ON + r"true\b"
    r"|(?:dry_?run|verif|validat|check|safe|confirm|preview|sandbox|require|ssl|tls|strict|backup|protect"
    r"|limit|guard|review|approv|read_?only|interactive|prompt|secure|lock)[a-z_]*" + _ON + r"false\b"
    r"|(?:dry_?run|verif|validat|check|safe|confirm|preview|sandbox|ssl|tls|strict|backup|protect|limit|guard"
    r"|review)[a-z_]*\s+(?:turned\s+off|disabled|switched\s+off)\b"
)
"""A safety flag set to its unsafe value ("confirm=true", "dry_run=false", "verify_ssl to false"; found from the
stem on, which is enough to tell that there is one)."""
FLAG_WORDS = ("true", "false", "turned off", "disabled", "switched off")
FORCED = re.compile(
    r"\b(?:always|every\s+(?:call|time|request|invocation|run|use)|each\s+(?:call|time|request|invocation|run|use)"
    r"|all\s+(?:calls|requests|invocations|runs|cases)|even\s+(?:when|if|for|though)|regardless|no\s+matter|whatever"
    r"|must\s+be|has\s+to\s+be|should\s+(?:always\s+)?be|by\s+default\s+for\s+(?:every|all)"
    r"|never\s+(?:ask|show|prompt|wait|request|let)|(?:do\s+not|don'?t)\s+(?:ask|show|prompt|wait|request|let)"
    r"|without\s+asking)\b"
)
"""Always, whatever the user says."""
PERMITTED = re.compile(
    r"\bonly\s+(?:after|if|when|for|once|in|on|with)\b|(?<!even\s)\b(?:once|after|when|if)\s+(?:the\s+)?(?:user|they|you\s+have"
    r"\s+(?:asked|confirmed))|\bunless\b|\bexplicitly\b"
)
"""A condition that keeps the flag the user's choice ("only after the user has approved")."""

_MORE = r"(?:(?:\s*,\s*|\s+(?:or|and|nor)\s+)(?:the\s+)?[`'\"]?[a-z][a-z0-9]*(?:_[a-z0-9]+)+[`'\"]?)*"
"""More tools named in the same breath ("familysearch_query or myheritage_lookup")."""
AVOID = lazy.compile(
    r"(?:^|[.!?;,:]\s+|[;,:]|\b(?:always|please|and|you\s+(?:must|should)|(?:must|should)\s+always)\s+)(?:avoid(?:\s+using"
    r"|\s+calling)?|never\s+(?:use|call|invoke|run|pick|choose|rely\s+on)|(?:do\s+not|don'?t)\s+(?:ever\s+)?(?:use|call|invoke"
    r"|run|pick|choose|rely\s+on)|stop\s+(?:using|calling))\s+(?:the\s+)?"
    + _TOOL.format(g="avoid")
    + _MORE
    + r"(?:\s+(?:tool|function|server)s?)?(?:\s+(?:at\s+all|ever|anymore|any\s+more|entirely|completely|altogether))?"
    r"\s*(?:$|[;,.!:—-]|\s+(?:and|but)\s|\s+(?:use|call|prefer|instead|always)\b)"
    r"|(?:^|[.!?;,:]\s+|[;,:])(?:the\s+)?"
    + _TOOL.format(g="unused")
    + r"(?:\s+(?:tool|function|server))?\s+(?:must|should|shall|may)\s+(?:not|never)\s+be\s+(?:used|called|invoked)\b"
    r"|\b(?:use|call|choose|pick)\s+(?:this\s+(?:tool|function|server|one)|it)\s+(?:rather\s+than|instead\s+of|over"
    r"|in\s+place\s+of)\s+(?:the\s+)?"
    + _TOOL.format(g="rather")
    + r"|\bprefer\s+(?:this\s+(?:tool|function|server|one)|it)\s+over\s+(?:the\s+)?"
    + _TOOL.format(g="over")
    + r"|(?:^|[.!?;,:]\s+|[;,:])instead\s+of\s+(?:the\s+|using\s+|calling\s+)?"
    + _TOOL.format(g="instead")
    + r"(?:\s+(?:tool|function))?\s*,\s*(?:always\s+|please\s+)?(?:use|call|route|send|go|invoke)\b"
)
"""Another tool put aside in favour of this one (judged only when no reason is given)."""
AVOID_WORDS = ("_",)
REASON = re.compile(
    r"\b(?:because|since|as\s+(?:it|they|this|that)|which\s+(?:is|are|does|doesn'?t|has|have|lacks?|only|can'?t|cannot"
    r"|returns?|supports?|fails?|times|truncates?)|due\s+to|deprecated|slow\w*|faster|fails?|does\s+not"
    r"|doesn'?t|unsupported|limited|only|truncat\w*|times?\s*out|timeout|rate[\s-]?limit\w*|when|if|unless|until"
    r"|while|so|to\s+avoid|cannot|can'?t|won'?t|lacks?|larger|smaller|large|small|binary|images?|read[\s-]?only"
    r"|requires?|needs?|returns?|supports?|works?|writes?|reads?|schema|migrations?|main|master|production"
    r"|supersed\w*|replaces|replaced|newer|older|version|v\d+|legacy|renamed)\b"
)
"""A reason or a scope for putting the other tool aside ("for large files", "since it truncates output", "so changes
are tracked")."""

_BAD = (
    r"(?:(?:negative|bad|poor|low(?:er)?|critical|unfavou?rable|one[\s-]star|1[\s-]star|two[\s-]star|2[\s-]star|harsh"
    r"|angry|failing|failed)\s+(?:\w+\s+){0,2}?(?:reviews?|ratings?|feedback|comments?|scores?|results?|news|press"
    r"|coverage|mentions?|findings?|reports?|issues?|listings?|opinions?|testimonials?|grades?|marks|audits?"
    r"|inspections?|checks|tests|alerts|bugs|vulnerabilit\w+|transparency)"
    r"|\b(?:high|critical|severe)[\s-]severity|\bcomplaints?|\bcriticism|\bvulnerabilit\w+|\b(?:audit|security"
    r"|compliance|inspection)\s+(?:findings|issues|failures|results)|\brecalls?\b|\blawsuits?|\bcompetitors?'?"
    r"|\brivals?'?|\b(?:brands?|vendors?|products?|sellers?|suppliers?|companies|providers?)\s+other\s+than"
    r"|\bother\s+(?:brands|vendors|sellers|suppliers)\b|\bside\s+effects|\bdownsides|\bdrawbacks|\bred\s+flags"
    r"|\bfines\b|\bpenalt\w+|\bviolations?|\b(?:that|which|who)\s+(?:contradict|criticiz|criticis|question|dispute"
    r"|undermine|disagree|doubt)\w*|\baccidents?\b|\bcrash(?:es)?\b|\bspeeding\b|\bbreaches\b|\bincidents?\b"
    r"|\bcves?\b|\badvisories\b|\bexploits\b|\boverhead\b)"
)
OMIT = lazy.compile(
    r"(?:^|[.!?;,:]\s+|[;,:]|\b(?:always|please|and|you\s+(?:must|should)|(?:must|should)\s+always)\s+)(?:leave\s+out"
    r"|omit|exclude|drop|skip|hide|suppress|filter\s+out|remove|strip\s+out|ignore|never\s+(?:mention|show|report"
    r"|list|include|return|surface|display|present)|(?:do\s+not|don'?t)\s+(?:ever\s+)?(?:mention|show|report|list"
    r"|include|return|surface|display|present))\b[^.;]{0,60}?"
    + _BAD
    + r"|\b(?:mention|report|show|list|return|include|present|display|keep|cite)\s+only\s+(?:the\s+)?(?:positive"
    r"|favou?rable|good|glowing|high(?:er)?[\s-](?:rated|ratings?|scores?)|(?:four|five|4|5)[\s-]star|top[\s-]rated"
    r"|ratings?\s+of\s+(?:four|4|five|5)|praise|passing|successful|green)"
    r"|\bonly\s+(?:return|show|list|include|mention|report|display|keep|cite)\b[^.;]{0,40}?\b(?:positive|favou?rable"
    r"|good|glowing|supportive|(?:above|over|at\s+least)\s+\d|(?:four|five|4|5)[\s-]stars?|top[\s-]rated"
    r"|high(?:er|ly)?[\s-]rated)"
    r"|\b(?:positive|favou?rable|supportive|glowing)\s+(?:\w+\s+)?only\b"
    r"|\b(?:report|mark|describe|present|label|classify|rate)\s+(?:every|all|each|any)\s+(?:\w+\s+){0,2}?as\s+"
    r"(?:up\s+to\s+date|safe|secure|clean|passing|compliant|healthy|green|valid|resolved|patched|low[\s-]risk)\b"
    r"|\balways\s+(?:present|describe|rank|list|recommend|rate|call|name)\s+(?:\w+\s+){1,3}?as\s+(?:the\s+)?(?:most"
    r"|best|top|only|number\s+one|#1|leading|cheapest|safest|first|highest)\b"
    r"|"
    + _BAD
    + r"[^.;]{0,40}?\b(?:should|must|shall|are\s+to|is\s+to)\s+(?:not|never)\s+be\s+(?:shown|mentioned|listed"
    r"|included|returned|reported|displayed|surfaced|presented)\b"
    r"|\b(?:must|should|shall)\s+always\s+(?:appear|come|be\s+(?:listed|shown|ranked|placed))\s+(?:first|on\s+top"
    r"|at\s+the\s+top)\b"
)
"""Unfavourable results, reviews or findings kept out of what the user is shown."""
OMIT_WORDS = (
    "negative", "bad", "poor", "low ", "low-", "lower ", "lower-", "critical", "unfavo", "star ", "stars", "harsh",
    "angry",
    "failing", "failed", "severity", "complaint", "criticism", "vulnerabilit",
    *(a + " " + b for a in ("audit", "security", "compliance", "inspection")
      for b in ("findings", "issues", "failures", "results")),
    "recall", "lawsuit", "competitor", "rival", "other than", "other brands", "other vendors",
    "other sellers", "other suppliers", "side effects", "downsides", "drawbacks", "red flags", "fines", "penalt",
    "violation",
    *(v + " only" for v in ("mention", "report", "show", "list", "return", "include", "present", "display", "keep",
                            "cite")),
    "that contradict", "that critici", "that question", "that dispute", "that undermine", "that disagree", "that doubt",
    "which contradict", "which critici", "which question", "which dispute", "which undermine", "which disagree",
    "which doubt", "who contradict", "who critici", "who question", "who dispute", "who undermine", "who disagree",
    "who doubt", "accident", "crash", "speeding", "breaches", "incident", "cve", "advisories", "exploits", "overhead",
    *("only " + v for v in ("return", "show", "list", "include", "mention", "report", "display", "keep", "cite")),
    "positive", "favourable", "favorable", "supportive", "glowing", "refund", "chargeback", "cancellations",
    "problems", "defect", "overheat", "replication", "always appear", "always come", "always be listed",
    "always be shown", "always be ranked", "always be placed",
    *(v + " " + q for v in ("report", "mark", "describe", "present", "label", "classify", "rate")
      for q in ("every", "all", "each", "any")),
    *("always " + v for v in ("present", "describe", "rank", "list", "recommend", "rate", "call", "name")),
)  # fmt: skip
ON_REQUEST = re.compile(
    r"\bunless\b|\b(?:if|when|only\s+if)\s+(?:the\s+)?(?:user|caller|they)\s+(?:asks?|wants?|requests?|sets?"
    r"|passes|chooses?|says)|\b(?:with|using|via|set|pass)\s+[`'\"]?\w+[`'\"]?\s*(?:=|:|to)"
)
"""Left out only when the user asks for it (a filter the user sets)."""

SIDE = lazy.compile(
    r"\b(?:also|additionally|as\s+a\s+side\s+effect|in\s+the\s+background|in\s+addition|at\s+the\s+same\s+time)\b"
    r"[^.;]{0,80}?\b(?:sends?|forwards?|shares?|uploads?|e-?mails?|posts?|transmits?|copies|mirrors?|syncs?"
    r"|reports?|publishes|exports?|sells?|discloses?|streams?|relays?|submits?|sent|forwarded|shared|uploaded"
    r"|e-?mailed|posted|transmitted|copied|mirrored|synced|reported|published|exported|sold|disclosed|streamed"
    r"|relayed|submitted|logs?|logged|records?|recorded|stores?|stored)\b[^.;]{0,80}?\b(?:(?:to|with)\s+"
    r"(?:a\s+|an\s+|our\s+|the\s+|its\s+|some\s+)?(?:third[\s-]part(?:y|ies)|partners?|partner\s+\w+|advertis\w+"
    r"|marketing|analytics|data\s+brokers?|brokers?|affiliates?|insurers?|sponsors?|external\s+\w+|outside\s+\w+"
    r"|tracking)|(?:to|with)\s+[\w.+-]+@[\w-]+\.[a-z]{2,}|(?:to|with)\s+(?:https?|ftp)://)"
    r"|\b(?:also|additionally|as\s+a\s+side\s+effect|in\s+the\s+background)\b[^.;]{0,40}?\b(?:unlocks?|disarms?"
    r"|opens?\s+(?:the\s+)?(?:\w+\s+)?(?:door|gate|garage|lock)s?|(?:disables?|turns?\s+off|switch(?:es)?\s+off"
    r"|stops?)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:alarms?|cameras?|locks?|sensors?|detectors?|antivirus|firewalls?"
    r"|protection|defender|security\s+\w+)"
    r"|starts?\s+the\s+(?:engine|car|vehicle)|charges?\s+(?:the\s+)?(?:\w+'s\s+)?(?:user|card|donor|customer"
    r"|account))\b"
)
"""This tool said to do more than its job: data sent to third parties, doors unlocked, alarms disarmed."""
SIDE_WORDS = ("also", "additionally", "side effect", "background", "in addition", "same time")

WORDS: dict[object, tuple[str, ...]] = {
    CARRY: CARRY_WORDS,
    HARVEST: HARVEST_WORDS,
    FLAG: FLAG_WORDS,
    AVOID: AVOID_WORDS,
    OMIT: OMIT_WORDS,
    SIDE: SIDE_WORDS,
}
ANCHORED = {p: w for p, w in WORDS.items() if w != ("_",)}
"""The expressions whose gate words open a sentence to every signal (`CARRY` and `AVOID` are searched first, alone, in
a sentence only an identifier opens: see `poisoning_signals.gated`)."""
"""The expressions searched in every sentence that holds one of their gate words (every match holds one); `AFTER`,
`HERE`, `TAKEN`, `FORCED`, `PERMITTED`, `REASON` and `ON_REQUEST` are read only in a sentence one of these matched."""
