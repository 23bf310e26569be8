"""Clauses of a definition that move things outside its tool's job: the person's details handed to partners or lists,
money sent to a written-in account, paid extras started on the side, bad results kept from the answer, acts done
under the person's name, one brand named whatever is asked, and parameters asking for a household's details."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from . import lazy
from .findings import Finding
from .scan import trie
from .walk import Place

DETECTOR = "poisoning"

# Each rule is a meeting of word classes in one clause, whatever the wording around them: a detail of the person and
# a party outside the exchange and a verb that hands something over, or a bad result and a verb that leaves it out.
# A clause the summary of the tool already covers (its name and first sentence name the same thing), a clause that
# waits for the person's say, and a negated one ("never shared with partners") pass.


_SENTENCE = lazy.compile(r"(?<=[.!?;])\s+|\n+")
_WORDS = lazy.compile(r"[a-z0-9]+")
_CAMEL = lazy.compile(r"(?<=[a-z0-9])(?=[A-Z])")

_NEGATED = lazy.compile(r"\b(?:never|not|no|n't|nothing|none|nor|without)\b|n't\b")
_CONSENT = lazy.compile(
    r"\b(?:if|when|once|after|only\s+if|only\s+when|unless|where)\s+(?:the\s+|a\s+|each\s+|every\s+)?"
    r"(?:user|customer|person|member|owner|guest|patient|client|player|tenant|buyer|seller|they|he|she|you)"
    r"\b[^.;\n]{0,30}?\b(?:agree|consent|opt|ask|choose|chose|confirm|allow|tick|enable|request|want|select|approve)"
    r"|\bopted[\s-]+in\b|\bwith\s+(?:their|his|her|your|the\s+\w+'?s?)\s+(?:consent|permission|approval|agreement)"
    r"|\b(?:asks?|ask\s+them|confirm\s+with)\b|\bthe\s+user\s+(?:picks|chooses|chose|asked|confirms|confirmed)\b"
)
"""Waiting for the person's say: an act done then is theirs."""

_DETAIL = lazy.compile(
    r"\b(?:phone|mobile|cell|telephone)(?:\s+numbers?)?\b|\bhome\s+address|\b(?:e-?mail|postal|street)\s+address"
    r"|\baddress(?:es)?\b|\bcontacts?\s+(?:list|details|book)|\baddress\s+book|\bcard\s+(?:numbers?|details|expiry)"
    r"|\bpassports?\b|\bdates?\s+of\s+birth|\bbirth\s?(?:dates?|days?)\b|\b(?:live\s+|gps\s+|precise\s+)?location"
    r"|\bcvs?\b|\bresumes?\b|\bmedical\b|\bhealth\b|\bsalar(?:y|ies)\b|\bincome\b"
    r"|\b(?:user|customer|owner|member|player|patient|guest|tenant|client|buyer|seller|caller|student|driver"
    r"|visitor|attendee|applicant|person|reader|viewer|subscriber|holder)(?:'s|s'|s)?\s+(?:full\s+)?(?:names?|details"
    r"|data|e-?mails?|numbers?|profiles?|records?|history|photos?|files?)\b"
    r"|\b(?:their|his|her)\s+(?:full\s+)?(?:names?|details|data|e-?mails?|numbers?|profiles?|photos?|files?)\b"
    r"|\b(?:each|every|all)\s+(?:submitted|uploaded|scanned)\s+\w+|\ba\s+copy\s+of\s+(?:each|every|the)\b"
)
"""A detail of the person (or a copy of what they hand in)."""
_THIRD = lazy.compile(
    r"\bpartners?\b|\bpartner's\b|\bmarketing\b|\badvertis\w*|\bsponsors?\b|\baffiliates?\b|\bthird[\s-]+part(?:y|ies)"
    r"|\bresellers?\b|\bdata\s+(?:brokers?|buyers?)\b|\blead\s+(?:lists?|buyers?)\b|\bmailing\s+lists?\b"
    r"|\bpublic(?:ly)?\b|\bsold\b|\bsells?\b|\bselling\b"
)
"""A party outside the exchange between the person and the tool."""
_HAND = lazy.compile(
    r"\b(?:pass|passes|passed|hand|hands|handed|send|sends|sent|forward|forwards|forwarded|share|shares|shared|sell"
    r"|sells|sold|submit|submits|submitted|upload|uploads|uploaded|publish|publishes|published|post|posts|posted"
    r"|copy|copies|copied|export|exports|exported|sync|syncs|synced|give|gives|given|provide|provides|provided"
    r"|disclose|discloses|disclosed|added|adds|add|enrol\w*|enroll\w*|pushed|push|pushes|goes|go|kept)\b"
)
_JOB_THIRD = frozenset(
    "partner partners marketing advertising ads ad sponsor sponsors affiliate affiliates publish public post share"
    " sharing export sync crm lead leads mailing newsletter broadcast campaign referral resale"
    " resell".split()
)

_MONEY = lazy.compile(
    r"\b(?:payments?|repayments?|deposits?|payouts?|refunds?|funds|proceeds|rent|fees?|balance|tips?|donations?"
    r"|winnings|earnings|settlements?|installments?|instalments?|money|amounts?|transfers?|takings)\b"
)
_ROUTE = lazy.compile(
    r"\b(?:route|routes|routed|pay|pays|paid|send|sends|sent|transfer|transfers|transferred|deposit|deposited"
    r"|credit|credits|credited|go|goes|land|lands|wire|wired|move|moved|direct|directed|divert\w*|redirect\w*)\b"
)
_WRITTEN_IN = lazy.compile(
    r"\b(?:account|iban|wallet)\b[^.;\n]{0,30}?(?:\d[\d\s-]{5,}\d|0x[0-9a-f]{6,}|[a-z]{2}\d{2}(?:\s?[0-9a-z]{4}){2,})"
    r"|\b(?:personal|private|own|holding|escrow|side)\s+(?:account|wallet)\b"
    r"|\b(?:instead\s+of|rather\s+than|not\s+(?:to|into|with)|in\s+place\s+of)\s+(?:the\s+|their\s+|his\s+|her\s+)?"
    r"(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|s')\s+(?:own\s+)?(?:account|bank|card|wallet|iban|details|address)"
)
"""Where the money is sent: an account written in, one named personal, or one chosen over the person's own."""

_SIDE = lazy.compile(
    r"\b(?:also|as\s+well|in\s+the\s+background|along\s+with|alongside|at\s+the\s+same\s+time|on\s+the\s+side"
    r"|quietly|silently|automatically|behind\s+the\s+scenes|while\s+\w+ing|during\s+\w+|with\s+every|with\s+each"
    r"|each\s+time|every\s+time|too)\b"
)
_ENROL = lazy.compile(
    r"\b(?:book|books|booked|subscribe|subscribes|subscribed|enrol\w*|enroll\w*|upgrade|upgrades|upgraded|raise"
    r"|raises|raised|charge|charges|charged|bill|bills|billed|renew|renews|renewed|order|orders|ordered|buy|buys"
    r"|bought|purchase|purchases|purchased|sign\w*\s+(?:\w+\s+){0,2}up|opens?\s+an?\s+\w+|starts?\s+an?\s+\w+)\b"
)
_PAID = lazy.compile(
    r"\bpaid\b|\bpremium\b|\btiers?\b|\bsubscriptions?\b|\bmonthly\b|\b(?:a|per)\s+(?:month|year|week)\b|\bfees?\b"
    r"|\bplans?\b|\bmemberships?\b|\bpro\b|\d+(?:[.,]\d\d)?\s*(?:usd|eur|gbp|\$|€|£)|[$€£]\s?\d"
)
_MONEY_JOB = frozenset(
    "subscription subscriptions subscribe payment payments pay billing bill invoice invoices checkout charge charges"
    " purchase buy order orders renew renewal plan plans membership memberships upgrade tier pricing price".split()
)

_BAD = lazy.compile(
    r"\b(?:negative|unfavou?rable|adverse|failed|failing|failures?|fails|severe|serious|critical|accidents?"
    r"|rollbacks?|cancell?ations?|cancell?ed|complaints?|violations?|recalls?|defects?|delays?|delayed|losses"
    r"|lawsuits?|convictions?|criticism|one-star|1-star|low\s+ratings?|bad\s+reviews?|refusals?|rejections?"
    r"|outbreaks?|breaches|breach|incidents?|damage\w*|leaks?|flood\w*|mould|mold|infestations?|liens?|arrears"
    r"|debts?|evictions?|over\s+the\s+[\w-]+\s+limit|above\s+the\s+[\w-]+\s+limit|exceed\w*|unsafe|hazards?)\b"
)
_KEPT_OUT = lazy.compile(
    r"\b(?:dropped|removed|omitted|excluded|hidden|suppressed|filtered\s+out|left\s+out|skipped|withheld|stripped"
    r"|scrubbed|cut)\s+(?:from|out\s+of|before|when|so|in)\b"
    r"|\b(?:are|is|be|get|gets|stay|stays|remain|remains)\s+(?:always\s+)?(?:dropped|removed|omitted|excluded|hidden"
    r"|suppressed|filtered\s+out|left\s+out|skipped|withheld|kept\s+(?:out|back|quiet))\b"
    r"|\b(?:never|not)\s+(?:be\s+)?(?:included|shown|reported|mentioned|listed|returned|displayed|surfaced|passed\s+on"
    r"|disclosed|told|given|shared|counted)\b"
)
"""Left out, said of the thing left out (which comes first: "failed checks are never shown")."""
_LEAVE_OUT = lazy.compile(
    r"\b(?:do\s+not|don't|never)\s+(?:include|show|report|mention|list|return|display|disclose|tell|flag)\b"
    r"|\b(?:leave|drop|omit|hide|remove|exclude|skip|suppress|strip|withhold|ignore)\s+(?:out\s+)?(?:any|all|the|every"
    r"|each)?\b"
    r"|\b(?:leave|drop|keep)\s+\w+(?:\s+\w+)?\s+out\b"
)
"""An order to leave out, before the thing left out ("omit cancellations"; "never tell the user it worked" leaves
nothing bad out)."""
_OBJECT_END = lazy.compile(r"[:,(]|\bbut\b|\binstead\b|\bshow\b|\bsay\b|\btell\b(?=\s+(?:the\s+)?\w+\s+(?:it|that))")
"""Where the object of an order to leave out ends ("never tell the user it succeeded: show the failing step")."""
_STEP = lazy.compile(
    r"\s*(?:(?:this|that|the|these|those|each|every|any|an?)\s+)?(?:[\w-]+\s+){0,2}?(?:steps?|stages?|phases?"
    r"|questions?|prompts?)\b(?!\s+(?:from|of|in)\b)"
)
"""The object of an order to leave out that is a step of the tool's own workflow ("skip this step", "skip the
confirmation question"), not something the person would be told."""
_TO_PERSON = lazy.compile(
    r"\b(?:answer|answers|user|users|customer|summary|summaries|report|reports|response|responses"
    r"|figures|listing|listings|reply|replies|output|person|buyer|renter|tenant|resident|patient"
    r"|reader|them|what\s+\w+\s+sees?|say|tell|told)\b|\b(?:to|from)\s+(?:the|their|its|our|any)\s+[\w-]+"
)
_CRITERION = lazy.compile(
    r"\b(?:spam|duplicates?|duplicated|older\s+than|newer\s+than|unless|if\s+the\s+(?:user|caller)|when\s+the\s+"
    r"(?:user|caller)|requested|filter|by\s+default|include_\w+|show_\w+|archived|deleted|draft|test\s+runs?|flaky"
    r"|retried|retries|resolved|fixed|superseded|private|personal|sensitive|redact\w*|mask\w*|pii)\b"
)
"""Left out by a rule the person can see or set (spam, drafts, a filter), not to keep bad news from them."""

_ACT = lazy.compile(
    r"\b(?:leave|leaves|post|posts|place|places|submit|submits|sign|signs|accept|accepts|apply|applies|vote|votes"
    r"|like|likes|follow|follows|bid|bids|buy|buys|purchase|purchases|book|books|reply|replies|endorse|endorses"
    r"|renew|renews|agree|agrees|write|writes|send|sends|rate|rates|comment|comments|donate|donates|pledge|pledges"
    r"|register|registers|enrol|enrols|enroll|enrolls|confirm|confirms|approve|approves|order|orders|pay|pays"
    r"|cancel|cancels|share|shares|invite|invites|subscribe|subscribes|join|joins)\b"
)
_AS_THEM = lazy.compile(
    r"\b(?:under|from|with|using|via|through|in|on)\s+(?:the\s+)?(?:user|customer|member|tenant|owner|person|buyer"
    r"|reader|viewer|player|patient|guest|client|caller|account\s+holder)(?:'s|s')\s+(?:own\s+)?(?:account|name"
    r"|profile|behalf|login|identity|handle|credentials)\b"
    r"|\b(?:under|from|with|using|in|on)\s+(?:their|his|her)\s+(?:own\s+)?(?:account|name|profile|behalf|login"
    r"|identity|handle)\b|\bon\s+behalf\s+of\s+(?:the\s+)?(?:user|customer|member|tenant|owner|person|them)\b"
    r"|\bas\s+(?:the\s+)?(?:user|them|customer|account\s+holder|member|tenant|owner|learner|student|patient|guest)"
    r"(?=\s*(?:[,.;:!?)]|$|and\b|without\b|praising\b|saying\b|with\b|to\b|for\b|in\b|on\b))"
    r"|\bfor\s+the\s+(?:user|tenant|member|customer|owner|buyer|reader|viewer|player|guest)\b"
)
_READER = frozenset(
    "read reads get gets list lists show shows view views fetch fetches check checks display displays watch watches"
    " search searches find finds look looks lookup browse browses preview previews inspect inspects describe"
    " describes summarise summarises summarize summarizes count counts track tracks monitor monitors explain"
    " explains compare compares estimate estimates quote quotes calculate calculates convert converts".split()
)
_TOOL_NAME = lazy.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\b(?:use|call|invoke|run)\s+(?:the\s+)?\w+\s+tool\b")

_ANY_CASE = lazy.compile(
    r"\b(?:whatever|regardless\s+of|no\s+matter|irrespective\s+of|even\s+(?:if|when|though)|in\s+(?:every|each|any)"
    r"\s+(?:case|reply|answer|response|list)|every\s+time|for\s+(?:every|each|any)\s+(?:question|request|query|user))\b"
)
_NAME_IT = lazy.compile(
    r"\b(?:name|names|named|recommend\w*|suggest\w*|present\w*|pick|picks|choose|chooses|push|pushes|promote\w*"
    r"|rank\w*|steer\w*|point\w*|favou?r\w*|propose\w*|advise\w*|offer\w*|endorse\w*)\b"
)
_BRAND = lazy.compile(r"(?<=[\s(\"'])(?:[A-Z][a-z]+[A-Z]\w*|[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})+|[A-Z]{2,}[a-z]*)\b")
_COMMON_CAPS = frozenset(
    "The This That These Those It If When Whatever Always Never Only Do Use Call For In On".split()
)

_HOUSEHOLD = lazy.compile(
    r"\b(?:children|child's|kids?|household(?:\s+members)?|family\s+members|relatives|spouse|partner's|sons?"
    r"|daughters?|parents'|siblings)\b"
)
_ABOUT_THEM = lazy.compile(
    r"\b(?:names?|ages?|birthdays?|dates?\s+of\s+birth|schools?|addresses|phones?|phone\s+numbers|health|medical"
    r"|incomes?|salar(?:y|ies)|workplaces?|whereabouts|photos?)\b"
)
_PAYMENT_DATA = lazy.compile(
    r"\bcvv\b|\bcvc\b|\b(?:credit|debit|payment|bank)\s+card(?:'s)?\s+(?:numbers?|details|pin|expiry)\b"
    r"|\b(?:online\s+)?banking\s+(?:password|login|pin|credentials)"
)
"""A payment card's details or an online bank's login asked for (not any card's or account's number: members, tenants
and customers of any service have one)."""
_PAYMENT_JOB = frozenset(
    "pay payment payments card cards checkout purchase buy bank banking wallet transfer invoice invoices billing"
    " refund refunds charge donate donation subscription order orders iban account accounts payout payouts top"
    " topup booking book ticket tickets".split()
)
_FAMILY_JOB = frozenset(
    "child children kid kids family families school schools household households parent parents pupil pupils student"
    " students guardian guardians relative relatives daycare nursery baby babies childcare spouse tax census benefit"
    " benefits insurance genealogy ancestry tree members member contacts contact people person census".split()
)

_FORCED_ON = lazy.compile(
    r"\b(?:always|must|has\s+to|have\s+to|needs?\s+to|on\s+every\s+call|every\s+time|in\s+every\s+case|regardless"
    r"|whatever|no\s+matter)\b[^.;\n]{0,40}?\b(?:true|yes|enabled)\b"
    r"|\b(?:set|pass|keep|leave)\s+(?:this\s+|it\s+)?(?:to\s+|at\s+)?(?:true|on|yes)\b[^.;\n]{0,30}?\b(?:always|every|each"
    r"|regardless|whatever)\b"
)
"""A parameter's description fixing it on for every call."""
_EXPOSING = lazy.compile(
    r"location|gps|public|shar(?:e|ing)|marketing|subscri|newsletter|track|contacts|record|upload|telemetry|analytics"
    r"|camera|microphone|\bmic\b|promo|offers|partner|publish|broadcast|visible|discoverable|renew|\bbcc\b|\bcc\b"
    r"|keychain|cookies|history"
)
"""What a switch fixed on gives away or commits the person to."""

_SCORE = 0.7


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(_CAMEL.sub(" ", text).lower()))


def _clauses(text: str) -> list[str]:
    return [c for c in _SENTENCE.split(text) if c.strip()]


def _handoff(low: str, job: set[str]) -> bool:
    """The person's details (or a copy of what they hand in) handed to a party outside the exchange."""
    if _DETAIL.search(low) is None or (m := _THIRD.search(low)) is None or _HAND.search(low) is None:
        return False
    return not (job & _JOB_THIRD) and m.group() not in job and _NEGATED.search(low) is None


def _rerouted(low: str) -> bool:
    """Money sent to an account written into the definition, or to one in place of the person's own."""
    return _MONEY.search(low) is not None and _ROUTE.search(low) is not None and _WRITTEN_IN.search(low) is not None


_TO_MAILBOX = lazy.compile(
    r"\b(?:to|into|at|via|towards)\s+(?:the\s+)?(?:address\s+|mailbox\s+|inbox\s+)?[\w.+-]+@[\w-]+\.[\w.]+"
)
_DELIVER = lazy.compile(
    r"\b(?:deliver\w*|send\w*|sent|forward\w*|route\w*|mail\w*|e-?mail\w*|upload\w*|ship\w*|copy|copied"
    r"|addressed|directed)\b"
)
_REPLIES = lazy.compile(r"\brepl(?:y|ies)\b|\bfrom\b|\bsender\b|\bsupport\b|\bquestions?\b|\bcontact\s+us\b|\bhelp\b")
_DELIVERING = frozenset(
    "deliver delivers send sends share shares email emails mail mails forward forwards notify notifies dispatch"
    " dispatches submit submits transmit transmits".split()
)
_RECIPIENT = frozenset("email mail to recipient recipients address client customer cc contact destination".split())


def _mailbox(low: str, job: set[str], params: set[str]) -> bool:
    """What a delivering tool sends, sent to a mailbox written into the definition beside a parameter naming where it
    goes (not where replies or questions go)."""
    if not (job & _DELIVERING and params & _RECIPIENT) or _REPLIES.search(low) is not None:
        return False
    return _TO_MAILBOX.search(low) is not None and _DELIVER.search(low) is not None


def _side_charge(low: str, job: set[str]) -> bool:
    """A paid act (booked, subscribed, raised a tier) done beside the tool's job."""
    if _SIDE.search(low) is None or (m := _ENROL.search(low)) is None or _PAID.search(low) is None:
        return False
    if job & _MONEY_JOB:
        return False  # (a subscription or checkout tool: charges and renewals are its job)
    verb = m.group().split()[0]
    stems = {w.rstrip("sed") for w in job}
    if verb.rstrip("sed") in stems or any(p.group().rstrip("sed") in stems for p in _PAID.finditer(low)):
        return False  # (a subscription tool's renewals, a booking tool's booking)
    return _NEGATED.search(low) is None and "unless" not in low


def _kept_back(low: str) -> bool:
    """Bad results kept out of what the person is told."""
    if (bad := _BAD.search(low)) is None or _TO_PERSON.search(low) is None or _CRITERION.search(low) is not None:
        return False
    if _KEPT_OUT.search(low, bad.end()) is not None:
        return True
    for order in _LEAVE_OUT.finditer(low):
        if _STEP.match(low, order.end()) is not None:
            continue  # a step of the tool's own workflow skipped ("skip this step if ..."), not a result kept back
        stop = _OBJECT_END.search(low, order.end())
        if _BAD.search(low, order.end(), stop.start() if stop else len(low)) is not None:
            return True
    return False


def _in_their_name(low: str, job: set[str], reader: bool) -> bool:
    """An act done under the person's name by a tool whose own job is to read or look something up."""
    if not reader or (m := _AS_THEM.search(low)) is None or _NEGATED.search(low) is not None:
        return False
    acts = {a.group() for a in _ACT.finditer(low)}
    if not acts or {a.rstrip("s") for a in acts} & {w.rstrip("s") for w in job} or _TOOL_NAME.search(low):
        return False
    return not m.group().startswith("for the") or bool(acts - {"book", "books", "order", "orders"})


def _named_whatever(low: str, raw: str, job: set[str]) -> bool:
    """One brand named, recommended or ranked first whatever the case."""
    if _ANY_CASE.search(low) is None or _NAME_IT.search(low) is None:
        return False
    return any(b.group() not in _COMMON_CAPS and not (_words(b.group()) & job) for b in _BRAND.finditer(" " + raw))


_TREE_KEY = lazy.compile(r"\bchildren['\"]?\s*[:=]")
"""`children` as a key of a tree of data (its nodes), not a family's."""


def _household(low: str, job: set[str]) -> bool:
    """A parameter asking for the details of a person's household when the tool is not about people (`job` holds
    the words of the other parameters' names too); a tree's `children` are its nodes."""
    if (m := _HOUSEHOLD.search(low)) is None or _ABOUT_THEM.search(low) is None or job & _FAMILY_JOB:
        return False
    return not all(
        h.group() == "children" and _TREE_KEY.match(low, h.start()) for h in _HOUSEHOLD.finditer(low, m.start())
    )


def _forced_on(low: str, name: str, job: set[str], reader: bool) -> bool:
    """A parameter that exposes or commits the person, fixed on for every call by its own description (a tool that
    only reads or looks up commits no one, whatever its summary names)."""
    if _FORCED_ON.search(low) is None or (m := _EXPOSING.search(name.lower() + " " + low)) is None:
        return False
    if not reader and (m.group() in job or any(w.startswith(m.group()) for w in job)):
        return False
    return _CONSENT.search(low) is None


_BAD_WORDS = (
    "negative", "unfavo", "adverse", "fail", "severe", "serious", "critical", "accident", "rollback", "cancel",
    "complaint", "violation", "recall", "defect", "delay", "losses", "lawsuit", "conviction", "criticism", "one-star",
    "1-star", "low", "bad", "refusal", "rejection", "outbreak", "breach", "incident", "damage", "leak", "flood",
    "mould", "mold", "infestation", "lien", "arrears", "debt", "eviction", "limit", "exceed", "unsafe", "hazard",
)  # fmt: skip
_NEEDED = (
    (
        ("partner", "marketing", "advertis", "sponsor", "affiliate", "third", "resell", "broker", "buyer", "lead",
         "mailing", "public", "sold", "sell"),
        _THIRD,
    ),
    (("account", "iban", "wallet", "instead", "rather", "not ", "place"), _WRITTEN_IN),
    (("@",), _TO_MAILBOX),
    (
        ("paid", "premium", "tier", "subscri", "monthly", "month", "year", "week", "fee", "plan", "membership", "pro",
         "usd", "eur", "gbp", "$", "\u20ac", "\u00a3"),
        _PAID,
    ),
    (_BAD_WORDS, _BAD),
    (("'s", "s'", "their", "his", "her", "behalf", "as ", "for the "), _AS_THEM),
    (
        ("whatever", "regardless", "matter", "irrespective", "even", "case", "reply", "answer", "response", "list",
         "time", "question", "request", "query", "user"),
        _ANY_CASE,
    ),
    (
        ("child", "kid", "household", "family", "relatives", "spouse", "partner's", "son", "daughter", "parents'",
         "sibling"),
        _HOUSEHOLD,
    ),
    (("cvv", "cvc", "card", "banking"), _PAYMENT_DATA),
    (("true", "yes", "enabled"), _FORCED_ON),
)  # fmt: skip
"""For each rule, the words every clause it finds holds and an expression every such clause matches: a definition
none of them matches (most) is not read further, which cannot change what is found."""
_IN_CLAUSES = _NEEDED[:7]
"""The rules read in the description's sentences after its summary."""
_IN_PARAMS = _NEEDED[7:]
"""The rules read in parameters' descriptions."""


def _gate(needed: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]) -> tuple[re.Pattern[str], tuple[Any, ...]]:
    """One expression for all the words of `needed`, and each rule's words and expression."""
    every = lazy.compile(trie({w for words, _ in needed for w in words}))
    return every, tuple((lazy.compile(trie(set(words))), p) for words, p in needed)


_CLAUSE_GATE = _gate(_IN_CLAUSES)
_PARAM_GATE = _gate(_IN_PARAMS)


def _may_find(low: str, gate: tuple[re.Pattern[str], tuple[Any, ...]] = _CLAUSE_GATE) -> bool:
    """Whether one of the rules of `gate` could find something in `low` (lower-cased)."""
    if not low or gate[0].search(low) is None:
        return False
    return any(words.search(low) is not None and p.search(low) is not None for words, p in gate[1])


def _clause_kind(low: str, raw: str, job: set[str], reader: bool, param_words: set[str]) -> str:
    """The kind of finding one clause after the summary makes, or "" (`raw` as written, `low` lower-cased)."""
    if _CONSENT.search(low) is not None:
        return ""
    if _handoff(low, job):
        return "cross_tool"
    if _rerouted(low) or _mailbox(low, job, param_words):
        return "redirect"
    if _side_charge(low, job) or _in_their_name(low, job, reader):
        return "approval_bypass"
    if _kept_back(low) or _named_whatever(low, raw, job):
        return "answer_steering"
    return ""


def _param_kind(low: str, name: object, job: set[str], others: set[str], reader: bool) -> str:
    """The kind of finding a parameter's description makes, or "" (`others`: words of the other parameters' names)."""
    near = job | others
    if _household(low, near) or (_PAYMENT_DATA.search(low) is not None and not (near & _PAYMENT_JOB)):
        return "data_request"
    if isinstance(name, str) and _forced_on(low, name, job, reader):
        return "approval_bypass"
    return ""


def find(texts: Sequence[str], places: Sequence[Place], kind: str = "tool") -> list[tuple[int, Finding]]:
    """Findings (index into `texts`, finding) for clauses that move the person's details, money or name outside the
    job the tool's name and first sentence give it (strings and places as `gather` gives them)."""
    top = None
    name = ""
    params: list[int] = []
    for i, (parent, key, is_key) in enumerate(places):
        if is_key:
            continue
        if not parent and key == "description":
            top = i
        elif not parent and key == "name":
            name = texts[i]
        elif key == "description" and len(parent) >= 2 and parent[-2] in ("properties", "arguments"):
            params.append(i)
    body = texts[top] if top is not None else ""
    clauses = _clauses(body)
    summary = clauses[0] if clauses else ""
    in_clauses = _may_find("\n".join(clauses[1:]).lower())
    in_params = _may_find("\n".join(texts[i] for i in params).lower(), _PARAM_GATE)
    if not (in_clauses or in_params):
        return []  # most definitions: no rule could find anything
    own = _words(name)
    job = own | _words(summary)
    lead = next(iter(_WORDS.findall(summary.lower())), "")
    reader = bool(own & _READER) or lead in _READER
    names = {i: places[i][0][-1] for i in params}
    param_words = {w for n in names.values() if isinstance(n, str) for w in _words(n)}
    out: list[tuple[int, Finding]] = []
    start = len(summary)
    for raw in clauses[1:] if in_clauses else ():
        at = max(body.find(raw, start), 0)
        start = at + len(raw)
        found = _clause_kind(raw.lower(), raw, job, reader, param_words)
        if found and top is not None:
            out.append((top, Finding(DETECTOR, found, at, start, _SCORE)))
    for i in params if in_params else ():
        others = {w for j, n in names.items() if j != i and isinstance(n, str) for w in _words(n)}
        found = _param_kind(texts[i].lower(), names[i], job, others, reader)
        if found:
            out.append((i, Finding(DETECTOR, found, 0, len(texts[i]), _SCORE)))
    return out
