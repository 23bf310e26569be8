"""A tool that reads someone's private data ordering its whole output handed to a sibling that sends or publishes it."""

from __future__ import annotations

import re

from . import lazy

# Naming the server's other tools is ordinary ("pass the draft id to send_draft"), so a sibling named in a sentence
# is not by itself a detour. One kind is: a tool whose job is someone's private data (the user's portfolio, a
# patient's lab results, the user's contacts) telling the model to hand all it returns to a sibling that posts,
# shares or sends it ("pass the holdings to post_tweet", "use send_sms to text the full list to ..."), with no say
# of the person's ("once the user picks who", "when the user approves the draft" keep it theirs).

_PRIVATE_JOB = lazy.compile(
    r"\b(?:the\s+)?(?:user|customer|patient|client|member|employee|caller|account\s+holder|owner|person)'s\b|\byour\b"
    r"|\b(?:private|personal|confidential)\b"
)
"""A summary that reads someone's own data ("the user's contacts", "your inbox", "private notes")."""
_OUTWARD = frozenset(
    "post tweet publish share send sms text email mail gist upload forward message broadcast announce notify paste"
    " toot reply comment".split()
)
"""Words of a sibling's name that put what it is given in front of others."""
_OUTPUT = (
    r"(?:all\s+(?:of\s+)?)?(?:the\s+|its\s+|their\s+)?(?:full\s+|whole\s+|entire\s+|complete\s+|raw\s+)?(?:results?"
    r"|output|list|holdings|records?|data|messages|contents?|entries|details|history|them|everything)\b"
)
_HANDS = lazy.compile(
    r"\b(?:pass|passes|send|sends|give|gives|hand|hands|forward|forwards|upload|uploads|post|posts|share|shares|text"
    r"|texts|tweet|tweets|publish|publishes|copy|copies|handed|passed|sent|posted|shared|forwarded|uploaded)\s+"
    + _OUTPUT
)
_RUN_ON = r"\b(?:call|calls|run|runs|use|uses|invoke|invokes)\s+[`'\"]?(?:{})[`'\"]?\s+(?:on|with|over)\s+" + _OUTPUT
_THEIR_SAY = lazy.compile(
    r"\b(?:when|once|if|after|only\s+if|only\s+when)\s+(?:the\s+)?(?:user|they|you|customer|patient|client|person)\s+"
    r"(?:\w+\s+){0,2}?(?:approves?|confirms?|picks?|chooses?|asks?|requests?|agrees?|says?|wants?|decides?|selects?"
    r"|consents?|opts?)\b|\b(?:ask|confirm\s+with|check\s+with)\s+(?:the\s+)?(?:user|customer|patient|client)\b"
    r"|\b(?:user|customer|patient|client)'?s?\s+(?:consent|approval|permission|confirmation|go-ahead)\b"
)


def reads_private(summary: str) -> bool:
    """Whether a tool's lower-cased summary reads someone's own data."""
    return _PRIVATE_JOB.search(summary) is not None


def outward(siblings: frozenset[str], low: str) -> frozenset[str]:
    """The siblings named for sending or publishing (`_OUTWARD`) that the lower-cased `low` names."""
    if not siblings:
        return frozenset()
    return frozenset(n for n in siblings if n in low and not _OUTWARD.isdisjoint(re.split(r"[_\W]+", n)))


def handed_out(sentence: str, named: frozenset[str]) -> bool:
    """Whether the lower-cased `sentence` hands the tool's whole output to one of the siblings `named` (those
    `outward` found), without the person's say."""
    named = frozenset(n for n in named if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", sentence))
    if not named or _THEIR_SAY.search(sentence) is not None:
        return False
    if _HANDS.search(sentence) is not None:
        return True
    return re.search(_RUN_ON.format("|".join(re.escape(n) for n in named)), sentence) is not None
