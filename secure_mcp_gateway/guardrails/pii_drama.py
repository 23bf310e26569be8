"""British phone numbers kept for drama (Ofcom's `020 7946 0xxx`, `07700 900xxx` ...): never given to anyone, so
one written for a business's desk, a story or an example, and tied to no person, is no one's line."""

from __future__ import annotations

from . import lazy
from .findings import Finding

_BLOCKS = frozenset(
    """
    01134960 01144960 01154960 01164960 01174960 01184960 01214960 01314960 01414960 01514960 01614960 01914980
    02079460 02896496 02920180 01632960 07700900 08081570 09098790 03069990
    """.split()
)
"""The first eight digits of the British numbers Ofcom keeps for drama and examples (`020 7946 0xxx`, `0161 496 0xxx`,
`07700 900xxx`): a thousand numbers each that are never given to anyone."""


def drama_line(raw: str) -> bool:
    """Whether a phone number is one of the British lines kept for drama (see `_BLOCKS`), written nationally
    or after +44."""
    digits = "".join(c for c in raw if c.isdigit())
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    elif digits.startswith("0044"):
        digits = "0" + digits[4:]
    return len(digits) == 11 and digits[:8] in _BLOCKS


_OWN_LINE = lazy.compile(
    r"(?i)(?<![a-z])(?:my|me|his|her|their|mr|mrs|ms|miss|dr|home|private|personal|mobile|cell|wife|husband|"
    r"partner|mother|father|son|daughter|sister|brother|emergency contact|next of kin|ask for|attn|born|patient|"
    r"tenant|resident)(?![a-z])"
)
"""Words that make a phone number someone's own line (`my mobile`, `Mrs Okoye`, `home`, `next of kin`)."""
_REACH = 120
_USES = lazy.compile(
    r"(?i)(?<![\w@./-])(?:"
    # a business's or a public body's own desk
    r"desk|reception|switchboard|fax|line|hotline|helpline|enquiries|inquiries|bookings?|reservations?|"
    r"orders?|sales|support|services?|team|department|dept|shop|store|branch|surgery|clinic|practice|pharmacy|"
    r"hospital|school|college|university|library|museum|council|ltd|limited|plc|llp|inc|gmbh|company|restaurant|"
    r"caf[eé]|hotel|garage|taxis?|cabs?|studio|salon|centre|center|agency|bank|club|church|parts|accounts|payable|"
    r"receivable|visitors?|"
    # the fiction and examples the lines are kept for
    r"fictional|fictitious|made[ -]up|not (?:a )?real|fake|dummy|sample|example|drama|episode|series|sitcom|soap|"
    r"film|movie|screenplay|script|scene|character|novel|story|play|sketch|programme|show|tv|radio|advert|"
    r"commercial|trailer|on[ -]screen|props?)(?![\w=-]|\.\w)"
)
"""Words in a drama line's sentence of what such a line is written for: a business's or a public body's desk
(`Reception`, `Parts desk`, `Fax`, `school office`) or a story or an example (`episode`, `the character`, `sample`)."""


def unclaimed(text: str, found: list[Finding]) -> list[Finding]:
    """`found` without the British lines kept for drama (see `_BLOCKS`) whose sentence says what they are
    written for (a desk, a story, an example: `_USES`) and ties them to no person: no name found and no word of
    someone's own line (`my`, `Mrs`, `home`, `next of kin`) there."""
    kept = []
    for f in found:
        if f.kind == "phone_number" and drama_line(text[f.start : f.end]):
            lo = max(text.rfind(". ", 0, f.start), text.rfind("\n", 0, f.start), f.start - _REACH) + 1
            ends = (text.find(". ", f.end), text.find("\n", f.end), f.end + _REACH)
            hi = min(i for i in ends if i >= 0)
            if (
                _USES.search(text, lo, hi) is not None
                and _OWN_LINE.search(text, lo, hi) is None
                and not any(g.kind == "person_name" and lo <= g.start < hi for g in found)
            ):
                continue
        kept.append(f)
    return kept
