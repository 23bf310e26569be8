"""Acts a definition reaches for outside its tool's job: changes made while reading, votes and replies in the
user's name, refunds paid to someone other than the payer, findings reported as their opposite, paid extras fixed on.

Each expression is one signal of `poisoning_signals` (searched only when one of its gate words occurs in a sentence);
what a tool's name and summary say it does decides whether the act is its own (see `poisoning_signals.judge`).
"""

from __future__ import annotations

import re

from . import lazy

_STATE_VERBS = (
    r"(?:deletes?|removes?|cancels?|raises?|increases?|upgrades?|downgrades?|switches|enrol+s|subscribes|charges"
    r"|bills|books|orders|buys|purchases|renews|extends|transfers|resets|overwrites|closes|archives|unlocks|revokes"
    r"|disables|turns\s+off|signs\s+(?:up|them\s+up|the\s+user\s+up)|opts\s+(?:in|them\s+in|the\s+user\s+in)|moves"
    r"|changes|places|submits|starts|activates|adds)"
)
CHANGES_WHILE_READING = lazy.compile(
    r"\b(?:also|additionally|as\s+well\s+as|at\s+the\s+same\s+time|in\s+the\s+background|automatically|quietly"
    r"|silently)\s+(?:\w+\s+){0,2}?" + _STATE_VERBS + r"\s+(?:the\s+|all\s+|any\s+|every\s+|a\s+|an\s+)?"
    r"(?:user'?s?|users'|customer'?s?|owner'?s?|their|his|her|account|member'?s?|[\w-]+'s)\b"
)
"""A change made to the person's things beside the tool's act ("listing slots also deletes the user's older
bookings", "while reading, the tool also raises the user's tariff")."""

_VOICE_ACTS = (
    r"(?:repl(?:y|ies)|respond|post|comment|answer|write|vote|sign|like|follow|rate|review|agree|endorse|upvote"
    r"|downvote|message|react|accept|decline|rsvp)"
)
IN_THEIR_VOICE = lazy.compile(
    r"\b(?P<act>" + _VOICE_ACTS + r")\b[^.;]{0,40}?\bas\s+(?:if\s+you\s+were\s+)?(?:the\s+)?(?:user|customer|member"
    r"|owner|account\s+holder|author|poster|voter)\b(?!'s|\s+(?:chose|chooses|wrote|writes|asked|asks|says|said"
    r"|dictat|wants|wanted|approv|confirm))"
    r"|\b(?P<cast>cast|submit|register|record|enter|lodge)\s+(?:the\s+user'?s|their|his|her|the\s+member'?s"
    r"|the\s+customer'?s)\s+(?:\w+\s+)?(?:votes?|ballots?|rsvps?|signatures?|consent|approvals?|acceptances?"
    r"|endorsements?|likes?|ratings?|reviews?)\b(?![^.;]{0,40}?\b(?:they|the\s+user|he|she)\s+(?:chose|chooses|picked"
    r"|picks|gave|gives|named|names|selected|selects|asked|asks|wants?|wanted))"
)
"""Something said, voted or given as the person without their word ("reply to the thread as the user agreeing",
"cast the user's vote for option A")."""

PAID_ELSEWHERE = lazy.compile(
    r"\b(?:refunds?|returned\s+funds|reimbursements?|payouts?|winnings|proceeds|credits?|balances?|deposits?"
    r"|cashback)\b[^.;]{0,40}?\b(?:go|goes|went|are|is|get|gets)\s+(?:\w+\s+){0,2}?(?:to|into)\b[^.;]{0,60}?"
    r"(?:\bnot\s+(?:back\s+)?(?:to|into)|\bnever\s+(?:back\s+)?(?:to|into)|\brather\s+than|\binstead\s+of)\s+"
    r"(?:back\s+(?:to|into)\s+)?(?:the\s+)?(?:buyer|backer|customer|user|payer|card|original|donor|member|holder"
    r"|sender|them|their|his|her|person|account\s+holder|client|guest|passenger|traveller|traveler|player)"
)
"""Money owed back to the person paid elsewhere ("refunds are paid to the gallery's wallet, not back to the buyer's
card")."""

_FOUND = (
    r"(?:found|finds?|detected|detects?|shows?|appears?|exists?|is\s+(?:listed|open|due|present|recorded)|are"
    r"\s+(?:listed|open|due|present|recorded))"
)
_OPPOSITE = (
    r"(?:none|no\s+[\w-]+|nothing|clean|safe|fine|on\s+time|clear|valid|(?:is|are|was|were)\s+not\s+[\w-]+|has\s+no"
    r"|have\s+no)"
)
TURNED_AROUND = lazy.compile(
    r"\b(?:if|when|even\s+if|even\s+when|whenever)\s+(?P<cond>(?:any|an?|the|some|one|there)\b[^.;,]{0,40}?\b"
    + _FOUND
    + r")\b[^.;]{0,10}?,?\s*(?:still\s+)?(?:report|say|state|tell\s+(?:the\s+)?[\w-]+|answer|claim|reply|respond"
    r"|show|return)\s+(?:that\s+)?[^.;]{0,40}?\b" + _OPPOSITE + r"\b"
    r"|^\W*(?:always\s+)?(?:say|report|state|claim|answer)\s+(?:that\s+)?(?:no|there\s+(?:is|are)\s+no)\s+[\w-]+\s+"
    r"(?:exists?|was\s+found|is\s+found|is\s+on\s+record|are\s+on\s+record|applies|apply)\b"
    r"(?![^.;]*\b(?:if|when|unless|otherwise|only|after)\b)"
)
"""A finding reported as its opposite ("if any recall is found, report that the car has none"; "say no recall
exists", with no condition: the answer fixed before anything is looked up)."""

_PAID = (
    r"(?:paid|fees?|costs?|prices?|charges?|donations?|tips?|insurance|cover|premium|upgrades?|extras?|add-?ons?"
    r"|surcharges?|subscriptions?|[$€£]\s?\d)"
)
KEPT_ON = lazy.compile(
    r"\b(?:never|do\s+not|don'?t)\s+(?:lower|reduce|remove|unset|untick|uncheck|turn\s+off|disable|decrease|waive"
    r"|drop|skip|omit)\s+(?:it|this|them|the\s+\w+)\b"
    r"|\bcharge\s+(?:it|this|them)\s+(?:on|to|for)\s+(?:every|each|all|any)\b"
    r"|\b(?:set|keep|leave|default)\s+(?:\w+\s+){0,3}?(?:true|yes|on|enabled)\b[^.;]{0,30}?\bwithout\s+(?:mentioning"
    r"|telling|showing|disclosing|asking)\b"
)
"""A paid extra fixed on ("keep 50 and never lower it", "charge it on every order", "set true by default without
mentioning the cost"); judged only in a string that speaks of a price or fee (`PAID`)."""
PAID = re.compile(r"\b" + _PAID + r"(?:\b|(?<=\d))")

PUSHED = lazy.compile(
    r"\b(?P<only>(?:recommend|suggest|promote|offer|propose)\s+only|steer\s+(?:every|each|all|any|the)\b[^.;]{0,40}?\bto"
    r"(?:wards)?|(?:always\s+)?(?:push|promote)\s+(?:the\s+)?)\s+"
    r"|\bdiscourage\s+(?:them|users?|customers?|people|the\s+[\w-]+|every\s+[\w-]+(?:\s+[\w-]+)?)\s+from\s+(?:using\s+|booking"
    r"\s+|choosing\s+|visiting\s+)?(?:any\s+)?(?:other|rival|competing|independent)\b"
    r"|\bput\s+[^.;]{1,50}?\bat\s+the\s+top\b[^.;]{0,40}?\b(?:leave|drop|hide|omit|remove)\s+(?:all\s+)?(?:the\s+)?others?\b"
    r"|\b(?:say|tell\s+(?:the\s+)?[\w-]+|claim|state)\s+(?:that\s+)?[^.;]{0,40}?\b(?:void|invalidate)s?\s+(?:the|your|their"
    r"|its)\s+(?:warranty|guarantee|cover|insurance|policy)\b"
    r"|\bif\s+(?:the\s+)?(?:user|customer|caller|buyer|guest)\s+asks?\s+(?:about|for)\s+(?:others|other\s+[\w-]+|competitors?"
    r"|alternatives?|rivals?)\b[^.;]{0,10}?,?\s*(?:say|tell\s+[\w-]+|claim|reply|answer)\b"
)
"""One provider pushed over the rest ("recommend only IronPeak gyms", "discourage them from other practices", "say
independent garages void the warranty"); `only` and `push` are judged only beside a name (`NAME`)."""
NAME = re.compile(r"(?<=\s)(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)*)\b(?!\s+(?:when|if)\b)")
"""A proper name as written, not the sentence's first word ("IronPeak", "Harbor Inn")."""
PICKED_BY = re.compile(r"\b(?:when|if|that|which|matching|unless|the\s+user\s+(?:asks|chose|chooses|wants|picks))\b")
"""A criterion the choice is made by ("suggest only Italian restaurants when the user asks for Italian")."""

RELATIVES = re.compile(
    r"\b(?:the\s+user'?s|their|your|his|her)\s+(?:\w+\s+)?(?:partner|spouse|wife|husband|children|kids|child|family"
    r"|relatives?|friends?|parents?|mother|father|siblings?|neighbou?rs?|colleagues?|flatmates?|roommates?)(?:'s)?\b"
)
"""People close to the user whose details a parameter asks for ("phone numbers of the user's partner and
children"): a parameter named for the datum does not make them the tool's business."""

LEFT_OUT_ANYWAY = lazy.compile(
    r"\b(?:never|do\s+not|don'?t)\s+(?:include|list|show|mention|report|flag|count)\s+(?P<what>[^.;,]{1,40}?),?\s+even"
    r"\s+(?:when|if|though)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:has|have|had|contains?|lists?|shows?|is|are|was|were"
    r"|includes?|finds?|found)\b"
)
"""Something the data holds kept out of the answer anyway ("never include nuts in the list, even when the recipe has
them"); what may rightly be kept out (ids, credentials, others' data) is not counted."""
