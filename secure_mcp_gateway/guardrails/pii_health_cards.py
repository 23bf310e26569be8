"""Health-card numbers of provinces, territories and state programmes, read after their labels: Alberta's AHCIP,
Manitoba's PHIN, Prince Edward Island's, Yukon's, the Northwest Territories' and Nunavut's health cards, an Ontario
card that fails the check after its own name, and the US state Medicaid programmes (Medi-Cal, a New York CIN,
AHCCCS, MassHealth, TennCare, ProviderOne, SoonerCare...). These numbers have no check digit of their own: the label
names them, and the value must hold six digits or more, not one digit, a count up or down, or a date."""

from __future__ import annotations

from collections.abc import Callable

_END = r"(?![\w-])"
_RUNS = "0123456789012345 9876543210987654"


def card_ok(value: str) -> bool:
    """Whether a health card's number holds 6 to 14 digits, more than three different ones, no five in a row counting
    up or down (`12345`, a placeholder's), and is not a date."""
    d = "".join(c for c in value if c.isdigit())
    if not 6 <= len(d) <= 14 or len(set(d)) <= 3:
        return False
    if any(d[i : i + 5] in _RUNS for i in range(len(d) - 4)):
        return False
    return not (len(d) == 8 and d[:2] in ("19", "20") and 1 <= int(d[4:6]) <= 12 and 1 <= int(d[6:]) <= 31)


CARD_VALUE = r"(?=(?:[A-Z -]*\d){6})[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){5,17}" + _END
"""A card's number as written: digits in groups, a programme's letters before or after (`N2847193`, `284719365WA`)."""
ONTARIO_VALUE = r"(?i)\d{4}[ -]?\d{3}[ -]?\d{3}(?:[ -]?[A-Z]{2})?" + _END
"""Ontario's ten digits and the card's two-letter version code."""


def ontario_ok(value: str) -> bool:
    """Whether ten digits can be an Ontario card's that fails its check: not a British Columbia number (those start
    with 9 and have a check of their own)."""
    return card_ok(value) and value.lstrip()[:1] != "9"


CIN_VALUE = r"[A-Z]{2}\d{5}[A-Z]" + _END
"""New York's client identification number: two letters, five digits, a letter (`AB28461C`)."""


def cin_ok(value: str) -> bool:
    """Whether a New York CIN's five digits hold more than two different ones and do not count up or down."""
    d = value[2:7]
    return len(set(d)) > 2 and d not in _RUNS


Check = Callable[[str], bool]
Group = tuple[str, str, tuple[tuple[str, str, Check], ...]]

_CARD = r"(?: (?:card|plan|insurance|care|registration|identification))*(?: number| no\b| #| id\b)?"
GROUPS: tuple[Group, ...] = (
    (
        "provcard",
        r"alberta (?:personal )?health(?: care)?(?: insurance)?" + _CARD + r"|ahcip(?: number| no\b| #)?|"
        r"manitoba (?:health )?(?:phin|card|registration|health)" + _CARD + r"|phin(?![a-z])|"
        r"personal health identification number|"
        r"(?:pei|p\.e\.i\.|prince edward island) health" + _CARD + r"|"
        r"yukon health" + _CARD + r"|yhcip(?![a-z])|"
        r"(?:nwt|n\.w\.t\.|northwest territories) health" + _CARD + r"|nunavut health" + _CARD + r"|"
        r"ontario health" + _CARD,
        (("ca_health_number", CARD_VALUE, card_ok),),
    ),
    (
        "medicaid",
        r"medicaid(?: (?:client|recipient|member|beneficiary|case|enrollee|cin))?"
        r"(?: id(?:entification)?| number| no\b| #| card)*|"
        r"medi-?cal(?: (?:bic|cin|beneficiary|client|member|benefits identification))?(?: id| number| no\b| #| card)*|"
        r"(?:ahcccs|masshealth|tenncare|soonercare|kancare|badgercare|peachcare|husky health|apple health|"
        r"mo healthnet|nj familycare|providerone(?: client)?|medical assistance)(?: id| number| no\b| #| card)*",
        (("us_medicaid_id", CARD_VALUE, card_ok), ("us_medicaid_id", CIN_VALUE, cin_ok)),
    ),
)
"""(name, labels on the lower-cased text, values: kind, expression and check), as `pii_ids._GROUPS` reads them."""
NO_CHECK = (card_ok, cin_ok, ontario_ok)
"""The checks above that hold no check digit (a shape is all they have)."""

AFTER: dict[str, tuple[tuple[str, str, Check], ...]] = {
    "cahealth": (("ca_health_number", ONTARIO_VALUE, ontario_ok),),
    "provincial_health": (("health_record_number", CARD_VALUE, card_ok),),
}
"""Values read after a group of `pii_ids` when its own fail: an Ontario card's ten digits that fail its check after
`OHIP` or `health card` (the label names the card; a card's number is not checked by those who print it), and a
card of another grouping after an Atlantic province's label (Newfoundland's MCP: twelve digits in fours)."""

LEADS = (
    "alberta health",
    "alberta personal",
    "ahcip",
    "manitoba",
    "phin",
    "personal health identification",
    "pei health",
    "p.e.i. health",
    "prince edward island",
    "yukon health",
    "yhcip",
    "nwt health",
    "n.w.t. health",
    "northwest territories",
    "nunavut health",
    "ontario health",
    "medicaid",
    "medi-cal",
    "ahcccs",
    "masshealth",
    "tenncare",
    "soonercare",
    "kancare",
    "badgercare",
    "peachcare",
    "husky health",
    "apple health",
    "mo healthnet",
    "nj familycare",
    "providerone",
    "medical assistance",
)
"""Words at which the labels above start (looked up in the shared index for long texts)."""
