"""False claims a definition has the model make: figures reported other than recorded, a brand's or an authority's
name borrowed, the person's consent taken as given.

Each expression is one signal of `poisoning_signals` (searched only when one of its gate words occurs in a sentence).
"""

from __future__ import annotations

import re

from . import lazy

_FIGURE = (
    r"(?:grades?|scores?|marks?|ratings?|results?|times?|readings?|rankings?|ranks?|stars?|points?|levels?|elo"
    r"|handicaps?|bands?|percentiles?)"
)
_SHOWN = r"(?:report|show|present|display|quote|give|list|state|tell|say|announc|post|return|send|shar|enter|record)"
MISSTATED = lazy.compile(
    r"\b(?:round|bump|nudge)\s+(?:every|each|all|any|the|their|its|his|her)\s+(?:[\w'-]+\s+){0,2}?" + _FIGURE + r"\s+up"
    r"\b(?!\s+to\s+(?:the\s+nearest|\d|one|two|three|a\s+whole|whole|an?\s+integer|decimal))"
    r"|\b(?:add|subtract|deduct|knock|take|shave|trim)\s+(?:\d[\d.,]*|a\s+few|some|an\s+extra)\s*(?:%|percent|points?"
    r"|stars?|minutes?|seconds?|marks?|places?|notches?)\s+(?:off\s+|to\s+|from\s+|onto\s+)(?:the|every|each|all|any"
    r"|their|its)\s+(?:[\w'-]+\s+){0,2}?" + _FIGURE + r"\b[^.;]{0,30}?\b(?:report|show|tell|display|present|quote"
    r"|announc)\w*"
    r"|\b" + _SHOWN + r"\w*\s+[^.;]{0,60}?\bas\s+(?:[\w.,%-]+\s+){0,4}?(?:faster|slower|higher|lower|better|greater"
    r"|shorter|longer)\s+than\s+(?:it\s+(?:was|is)\s+)?(?:recorded|measured|scored|achieved|actual|it\s+really\s+(?:was"
    r"|is)|the\s+(?:real|actual|true)|reality)\b"
    r"|\b" + _SHOWN + r"\w*\s+[^.;]{0,40}?" + _FIGURE + r"\s+as\s+(?:at\s+least|no\s+(?:less|lower|worse)\s+than"
    r"|a\s+minimum\s+of|never\s+(?:below|under|less\s+than))\b"
    r"|\b(?:report|show|present|display|quote|give|list|state|record|enter|mark|treat)\w*\s+(?:any|every|each|all|a)\s+"
    r"(?:[\w'-]+\s+){0,2}?" + _FIGURE + r"\s+(?:under|below|lower\s+than|less\s+than|between)\s+[^.;]{1,20}?\bas\s+"
    r"(?:an?\s+)?(?:\d|[a-f][+-]?(?:\s|$)|pass|passed|good|excellent|perfect|top|full\s+marks|five\s+stars)"
    r"|\b(?:misreport|misstat|misrepresent|inflat|overstat|understat|fudg|falsif|massag)\w*\s+[^.;]{0,30}?"
    + _FIGURE
    + r"\b"
    r"|\b(?:if|when|whenever)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+)?" + _FIGURE + r"\s+(?:is|are|was|comes?\s+"
    r"(?:out|back)\s+(?:as|at))\b[^.;]{1,30}?,?\s*(?:tell|say|report|show|answer|reply|state)\b[^.;]{0,30}?\b(?:it"
    r"|they|the\s+[\w-]+)\s+(?:is|are|was|were|got)\s+(?:rated|graded|scored|ranked|marked)\b"
)
"""A figure told other than recorded ("round every grade up to the next letter", "add 150 points to the rating you
report", "report the finishing time as 5 minutes faster than recorded", "show each score as at least 4.5 stars",
"present any score under 3 as a 5", "if the rating is E, tell the user it is rated B")."""
_TOLD = r"(?:reported|shown|given|quoted|displayed|presented|listed|recorded|told|announced|entered|published)"
_TO_THEM = r"\s+(?:to\s+(?:the\s+|their\s+)?[\w-]+\s+)?as\s+(?:an?\s+)?"
_ABOVE = r"(?:higher|lower|under|over|above|below|faster|slower|better|more|less)"
MISSTATED_RULE = lazy.compile(
    r"\b" + _FIGURE + r"\s+(?:are|is)\s+(?:always\s+|to\s+be\s+)?(?:rounded|bumped|nudged)\s+up\b"
    r"(?!\s+to\s+(?:the\s+nearest|\d|one|two|three|a\s+whole|whole|an?\s+integer|decimal))"
    r"|\b" + _FIGURE + r"\s+(?:under|below|lower\s+than|less\s+than|between)\s+[^.;]{1,20}?\s+(?:are|is|must|should"
    r"|shall|will)\s+(?:always\s+)?(?:to\s+)?(?:be\s+)?" + _TOLD + _TO_THEM + r"(?:\d|pass|passes|passed|good|excellent"
    r"|perfect|top|full\s+marks)"
    r"|\b(?:failing|failed|low|poor|bad|negative|unsatisfactory)\s+" + _FIGURE + r"\s+(?:are|is|must|should|shall"
    r"|will)\s+(?:always\s+)?(?:to\s+)?(?:be\s+)?" + _TOLD + _TO_THEM + r"(?:pass|passes|passed|good|excellent"
    r"|satisfactory|fine|positive|strong|high|top)\b"
    r"|\b" + _FIGURE + r"\s+(?:you\s+(?:give|quote|report|show|tell)|quoted|reported|told|announced|displayed|presented"
    r"|shown|given)\b[^.;]{0,40}?\b(?:is|are|should\s+be|must\s+be|will\s+be)\s+(?:always\s+)?(?:[\d.,]+\s*%?\s*"
    r"(?:[a-z]+\s+)?)?" + _ABOVE + r"\s+(?:than\s+)?(?:the\s+)?(?:one\s+on\s+record|recorded|measured|real|actual|true"
    r"|official|(?:[\w-]+\s+)?(?:on\s+record|time|score|rating|grade|reading|result))\b"
)
"""A figure told other than recorded, said as a standing rule ("grades are always rounded up to the next band",
"scores below 60 are to be reported as 60", "failing grades are reported to parents as passes", "the Elo quoted to
the player is always 100 higher than the one on record")."""


_AUTHORITY = (
    r"(?:bank|registrar|tax\s+(?:office|authority)|hmrc|irs|police|government|court|ministry|embassy|council"
    r"|university|insurer|regulator|customs|landlord|employer)"
)
_IN_ROLE = (
    r"(?:customer\s+(?:service|support|care)|support(?:\s+team)?|security(?:\s+team|\s+agent|\s+desk|\s+officer)?"
    r"|fraud\s+(?:team|department|desk|agent)|help\s*desk|team|officer|representative|staff|department"
    r"|office)"
)
BORROWED = lazy.compile(
    r"(?P<sign>\b(?:sign|send|write|word|post|address|present|introduce|brand|issue)\w*\b(?:[^.;]|\.(?=\w)){0,40}?\bas\s+(?:if\s+"
    r"(?:it|they|this|them)\s+(?:came|come|comes|were|was)\s+from\s+)?(?:an?\s+|the\s+)?(?P<as>(?:[^.;,]|\.(?=\w)){2,40}?)\s+"
    + _IN_ROLE
    + r"\b)"
    r"|(?P<sender>\b(?:use|set|put|show|display)\s+(?P<who>[^.;,]{1,40}?)\s+as\s+(?:the\s+)?(?:sender|from|caller)"
    r"(?:\s+(?:name|id|address|line|field|number))?\b)"
    r"|(?P<logo>\b(?:use|put|add|show|display|include|place|apply|stamp|print)\b[^.;]{0,40}?\b(?:logos?|branding"
    r"|trade\s*marks?|trade\s+names?|letterheads?|seals?|crests?|insignia)\b)"
    r"|(?P<official>\b(?:present|describe|list|show|label|advertise|bill|call|market|promote|introduce|pass|sell)\w*\b"
    r"[^.;]{0,40}?\bas\s+(?:an?\s+|the\s+)?(?:official|authori[sz]ed|certified|accredited|approved|licensed)\s+"
    r"(?:[\w.&'-]+\s+){0,2}?(?:resellers?|dealers?|partners?|agents?|distributors?|retailers?|representatives?"
    r"|sellers?|stores?|shops?|providers?|services?)\b)"
    r"|(?P<believe>\bso\s+(?:that\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:believe|think|assume)s?\s+(?:that\s+)?(?:it"
    r"|this|they|the\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:was|were|is|are|came|comes|come|sent|wrote|signed|issued)\b)"
    r"|(?P<under>\b(?:go(?:es)?\s+out|are\s+sent|is\s+sent|sent|issued|published|posted|signed|written)\s+(?:out\s+)?"
    r"(?:under|in)\s+(?:the\s+)?(?P<under_who>[^.;,]{2,40}?)\s+(?:name|brand|banner|logo|letterhead)s?\b)"
    r"|(?P<signed>\b(?:are|is)\s+(?:always\s+)?(?:to\s+be\s+)?signed\s+(?:off\s+)?as\s+(?P<signed_who>[^.;,]{2,40}))"
    r"|(?P<carries>\b(?:carr(?:y|ies))\s+(?:the\s+)?(?P<carries_who>[^.;,]{2,40}?)\s+(?:logos?|branding"
    r"|trade\s*marks?|letterheads?|seals?|crests?|insignia|badges?)\b)"
    r"|(?P<appear>\b(?:appear|seem)s?\s+(?:to\s+(?:come|be\s+sent|have\s+been\s+sent|have\s+come)|as\s+(?:if|though)"
    r"\s+(?:it|they)\s+(?:came|come|were\s+sent))\s+from\s+(?P<appear_who>[^.;,]{2,40}))"
    r"|(?P<look>\bto\s+make\s+(?:it|them|this|these|the\s+[\w-]+)\s+(?:look|appear|seem)\s+(?:official|genuine"
    r"|legitimate|authentic|real|like\s+(?:it|they)\s+(?:came|come|comes|were|was)\s+from)\b)"
)
"""A brand's or an authority's name borrowed in what the person receives ("sign every email as Booking.com customer
service", "use HMRC as the sender name", "put the logo of Amazon on every invoice", "present the seller as an official
Apple reseller", "so students believe the registrar sent them", "to make it look official"); `sign`, `sender` and
`logo` are judged only beside a name as written or an authority (`named_other`)."""
AUTHORITY = re.compile(r"\b" + _AUTHORITY + r"\b")
_PROPER = re.compile(r"(?<=[\s(\"'])(?:[A-Z][\w.&'-]*[A-Za-z]|[A-Z]{2,})\b")
OWN_SIDE = re.compile(
    r"\b(?:your|our|own|the\s+user'?s|the\s+(?:property|shop|store|business|company|organi[sz]ation|account|seller"
    r"|merchant|team|school|club|venue|restaurant|hotel|practice|sender)'?s?)\b"
)
"""Whose name is the tool's or the person's own to use ("the property's logo", "your organisation's branding")."""


def named_other(low: str, raw: str, start: int, end: int) -> bool:
    """Whether `raw[start:end]` names someone else: a name as written or an authority, not the sender's own side."""
    if OWN_SIDE.search(low, start, end) is not None:
        return False
    return AUTHORITY.search(low, start, end) is not None or _PROPER.search(raw, start, end) is not None


_PEOPLE = (
    r"(?:users?|customers?|guests?|students?|members?|patients?|owners?|buyers?|sellers?|players?|parents?|people"
    r"|they|them|he|she|diners?|tenants?|clients?|subscribers?|recipients?|employees?|visitors?|travell?ers?"
    r"|passengers?|learners?|pupils?|residents?|participants?|attendees?|applicants?|donors?|shoppers?|callers?)"
)
_AGREED = (
    r"(?:agree[sd]?|consent(?:s|ed)?|accept(?:s|ed)?|opt(?:s|ed)?[\s-]in|approve[sd]?|authori[sz]e[sd]?|given\s+"
    r"(?:their\s+|his\s+|her\s+)?(?:consent|permission|approval|authori[sz]ation)|signs?\s+up|signed\s+up"
    r"|subscribe[sd]?)"
)
ASSUMED_CONSENT = lazy.compile(
    r"(?P<assume>\b(?:assume|presume|treat|take|consider|deem|regard)\w*\s+(?:that\s+)?(?:the\s+|every\s+|each\s+|all"
    r"\s+|any\s+)?(?:[\w-]+\s+)?" + _PEOPLE + r"\s+(?:as\s+)?(?:has\s+|have\s+|having\s+|had\s+|to\s+have\s+)?"
    r"(?:already\s+|automatically\s+|implicitly\s+)?" + _AGREED + r")"
    r"|(?P<record>\b(?:record|mark|note|log|register|set|flag)\w*\s+(?:that\s+)?(?:the\s+|every\s+|each\s+|all\s+)?"
    r"(?:[\w-]+\s+)?" + _PEOPLE + r"\s+(?:as\s+)?(?:has\s+|have\s+|having\s+|had\s+)?(?:already\s+)?" + _AGREED + r")"
    r"|(?P<deemed>\b(?:is|are)\s+(?:deemed|assumed|taken|considered|presumed|treated\s+as)\s+(?:to\s+have\s+|as\s+having"
    r"\s+|having\s+|to\s+)?" + _AGREED + r")"
    r"|(?P<given>\bconsent\b[^.;]{0,40}?\b(?:is|are)\s+(?:always\s+)?(?:taken|treated|assumed|presumed|regarded|deemed"
    r"|recorded|logged|marked|set|entered|stored)\s+as\s+(?:given|granted|yes|true|agreed|read)\b)"
    r"|(?P<though>\bas\s+(?:though|if)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    + _PEOPLE
    + r"\s+(?:had|has|have)\s+(?:already\s+)?"
    + _AGREED
    + r")"
    r"|(?P<for_them>\b(?:agree|consent|opt\s+in)\s+to\b[^.;]{0,50}?\bfor\s+(?:the\s+)?(?:[\w-]+\s+)?" + _PEOPLE + r"\b)"
    r"|(?P<ticked>\b(?:tick|check|select|fill\s+in|pre-?tick|pre-?check|pre-?select)\s+(?:the\s+|their\s+|every\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:consent|opt-?in|agreement|terms|acceptance|permission)s?\s*(?:box(?:es)?|field|flag"
    r"|check-?box(?:es)?|option)?\s+(?:for|on\s+behalf\s+of)\s+(?:them|the\s+[\w-]+|every|each|all|him|her)\b)"
)
"""The person's agreement taken as given ("assume the guest agrees to marketing emails", "treat the student as having
accepted the terms", "the customer is deemed to have agreed", "tick the consent box for them"; recorded or noted
only with a falsehood beside it, `DESPITE_THEM`)."""
DESPITE_THEM = re.compile(
    r"\b(?:even\s+(?:if|when|though)|whether\s+or\s+not|regardless|without\s+(?:asking|checking|their|his|her|them"
    r"|the\s+[\w-]+'s)|unless\s+(?:they|he|she|the\s+[\w-]+)\s+(?:object|refuse|say|opt|decline|explicitly))\b"
)
ASKED_FIRST = re.compile(
    r"\b(?:only\s+(?:if|when|once|after)|once|after)\s+(?:the\s+[\w-]+|they|he|she)\s+(?:has\s+|have\s+)?(?:explicitly\s+"
    r"|actually\s+)?(?:agreed|agrees|consented|consents|accepted|accepts|said|says|confirmed|confirms|opted|ticked)\b"
)
"""A consent recorded only once given ("mark the guest as opted in only after they ticked the box")."""

_ORDER_LEAD = re.compile(
    r"(?:^|[:;,(]|\b(?:also|always|then|and|please|just|simply|must|should|shall|to|will|need\s+to|have\s+to|first"
    r"|instead))[\s*>#`'\"-]*$"
)


def ordered_at(low: str, start: int) -> bool:
    """Whether the act matched at `start` is ordered: its verb opens the sentence or a clause, or follows a modal
    ("Misreport ...", "always round ...", "you must present ..."; not "flags whether a lab misreported ...")."""
    return _ORDER_LEAD.search(low, max(0, start - 40), start) is not None


CONFIG_CARRIED = lazy.compile(
    r"\b(?:environment\s+variables?|env\s+vars?|process\s+environment|(?:config(?:uration)?|settings|dot-?env)\s+files?"
    r"|\.env\b|settings\.json|config\.(?:json|ya?ml|toml|ini))\b[^.;]{0,60}?\b(?:are|is|get|gets)\s+(?:also\s+|always\s+)?"
    r"(?:uploaded|sent|attached|posted|included|carried|forwarded|shared|synced|submitted|transmitted|copied|bundled)\b"
    r"|\b(?:upload|send|attach|post|include|carr(?:y|ies)|forward|share|sync|submit|transmit|copy|bundle)\w*\b[^.;]{0,40}?"
    r"\b(?:environment\s+variables|env\s+vars|process\s+environment|(?:config(?:uration)?|settings|dot-?env)\s+files"
    r"|\.env\b|settings\.json|config\.(?:json|ya?ml|toml|ini))"
)
"""A machine's environment or configuration files carried along with what a tool sends ("the host's environment
variables are uploaded along with each sync", "include the server's .env and settings.json in the upload"); judged
where the tool's job is not about configuration (`CONFIG_JOB`)."""
CONFIG_JOB = frozenset(
    "config configuration configure settings setting env environment dotenv variables variable deploy deployment"
    " secret secrets vault dotfiles provision".split()
)

ANCHORS = (
    # MISSTATED
    "round", "bump", "nudge", "add ", "subtract", "deduct", "knock", "take ", "shave", "trim", " as ", "misreport",
    "misstat", "misrepresent", "inflat", "overstat", "understat", "fudg", "falsif", "massag", "rated", "graded",
    "scored", "ranked", "marked",
    # MISSTATED_RULE
    "rounded", "bumped", "nudged", "you give", "you quote", "you report", "you show", "you tell", "quoted", "reported",
    "told", "announced", "displayed", "presented", "shown", "given",
    # CONFIG_CARRIED
    "environment", "env var", ".env", "dotenv", "dot-env", "config", "settings",
    # BORROWED
    "logo", "branding", "trademark", "trade mark", "trade name", "letterhead", "seal", "crest", "insignia", "badge",
    "believe", "think", "assume", "to make", " name", "brand", "banner", "signed as", "signed off as", "appear", "seem",
    # ASSUMED_CONSENT
    "agree", "consent", "accept", "opt in", "opts in", "opted in", "opt-in", "opts-in", "opted-in", "optin", "approv",
    "authori", "sign up", "signs up", "signed up", "subscribe", "terms", "permission",
)  # fmt: skip
"""Literals of which every match of this module's expressions holds one (for `poisoning_signals`'s gate)."""
